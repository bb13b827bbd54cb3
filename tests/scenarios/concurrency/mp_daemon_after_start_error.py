import time
from multiprocessing import Process


def f():
    time.sleep(0.1)


if __name__ == '__main__':
    p = Process(target=f)
    p.start()
    try:
        p.daemon = True
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
    q = Process(target=f)
    try:
        q.join()
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        q.terminate()
    except Exception as e:
        print(type(e).__name__, e)
    print("q.is_alive():", q.is_alive())
