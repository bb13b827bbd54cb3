# An exception in a spawned child prints its traceback; the exit code is 1.
import multiprocessing as mp


def fail(x):
    return 10 / x


if __name__ == '__main__':
    mp.set_start_method('spawn')
    p = mp.Process(target=fail, args=(0,))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
