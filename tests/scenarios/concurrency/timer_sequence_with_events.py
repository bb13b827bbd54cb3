import threading

done = threading.Event()
log = []


def step(n):
    log.append(n)
    if n < 3:
        threading.Timer(0.01, step, args=(n + 1,)).start()
    else:
        done.set()


threading.Timer(0.01, step, args=(1,)).start()
done.wait()
print(log)
