import sys
import threading


def quit_thread():
    print("thread exiting")
    sys.exit(5)
    print("never")


def returns():
    return 42


t = threading.Thread(target=quit_thread)
t.start()
t.join()
t2 = threading.Thread(target=returns)
t2.start()
t2.join()
print("main still alive", t.is_alive(), t2.is_alive())
