# AsyncResult.get(timeout) raises multiprocessing's TimeoutError through pool.py, as CPython's
# traceback shows; the with block's exit still ends the pool.
import multiprocessing as mp, time
def slow(x):
    time.sleep(1)
    return x
if __name__ == '__main__':
    with mp.Pool(2) as pool:
        r = pool.apply_async(slow, (1,))
        r.get(timeout=0.1)
