import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker finishes after main's last line")


threading.Thread(target=worker).start()
print("main's last line")
go.set()
