import threading


def ring(who, mark='!'):
    print(f"ring for {who}{mark}")


t = threading.Timer(0.05, ring, args=['ada'], kwargs={'mark': '?'})
t.start()
t.join()
print("finished set:", t.finished.is_set())
