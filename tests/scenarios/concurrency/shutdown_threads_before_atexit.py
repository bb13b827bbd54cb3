import atexit
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker done")


atexit.register(lambda: print("atexit runs after non-daemon threads finish"))
threading.Thread(target=worker).start()
print("main body ends")
go.set()
