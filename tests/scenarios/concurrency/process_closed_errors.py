from multiprocessing import Process
import time


def f():
    time.sleep(0.2)


if __name__ == '__main__':
    p = Process(target=f)
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("ValueError:", e)
    p.join()
    p.close()
    for attr in ("pid", "exitcode"):
        try:
            getattr(p, attr)
        except ValueError as e:
            print(attr, "ValueError:", e)
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError:", e)
    print(p.name)
