import sys
import threading


def f():
    print("thread calls sys.exit")
    sys.exit(3)
    print("not reached")


t = threading.Thread(target=f)
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())
