# A spawn pool: each worker imports the program again (the top-level print runs
# once per worker), then squares numbers.
import multiprocessing as mp
import time

print("importing", __name__)


def square(x):
    time.sleep(0.1)
    return x * x


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(6)))
        print(pool.apply(square, (12,)))
    print("done")
