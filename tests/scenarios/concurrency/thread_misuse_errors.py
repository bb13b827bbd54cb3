import threading


def f():
    pass


t = threading.Thread(target=f)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=f, bogus=1)
except TypeError as e:
    print("TypeError:", e)
