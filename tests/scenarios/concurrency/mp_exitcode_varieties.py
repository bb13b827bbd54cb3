import os
import sys
import time
from multiprocessing import Process


def normal():
    pass


def exits(code):
    sys.exit(code)


def hard_exit():
    os._exit(42)


def sleeper():
    time.sleep(10)


if __name__ == '__main__':
    results = []
    for target, args in [(normal, ()), (exits, (5,)), (exits, ("bye",)), (hard_exit, ())]:
        p = Process(target=target, args=args)
        p.start()
        p.join()
        results.append(p.exitcode)
    t = Process(target=sleeper)
    t.start()
    time.sleep(0.2)
    t.terminate()
    t.join()
    k = Process(target=sleeper)
    k.start()
    time.sleep(0.2)
    k.kill()
    k.join()
    results += [t.exitcode, k.exitcode]
    print(results)
