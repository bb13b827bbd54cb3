import time
import multiprocessing as mp


def slow(x):
    time.sleep(1)
    return x


if __name__ == '__main__':
    pool = mp.Pool(1)
    r = pool.apply_async(slow, (1,))
    try:
        r.get(timeout=0.05)
    except mp.TimeoutError as e:
        print("caught", type(e))
    print("ready:", r.ready())
    pool.terminate()
    pool.join()
    print("terminated")
