# Two threads take two locks in opposite orders, each doing some work while it
# holds the first. CPython may switch threads when a function is called (it checks
# whether another thread wants the GIL there): one switch at that moment deadlocks
# them. With nothing between the two takes, CPython could never switch threads
# there, and they could not deadlock.
import threading

a = threading.Lock()
b = threading.Lock()

def work():
    pass

def one():
    with a:
        work()
        with b:
            print('one has both')

def two():
    with b:
        work()
        with a:
            print('two has both')

t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start()
t2.start()
t1.join()
t2.join()
