# A ProcessPoolExecutor whose worker dies is broken, as in CPython: the future
# that was running fails with BrokenProcessPool, and so does every later submit.
import os
from concurrent.futures import ProcessPoolExecutor

def die(x):
    os._exit(1)

if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(die, 1)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, e)
        try:
            ex.submit(pow, 2, 3)
        except Exception as e:
            print(type(e).__name__, e)
