import sys
import multiprocessing as mp


def check(n):
    if n > 2:
        sys.exit(n * 10)


def child(n):
    check(n)
    print(f"child {n} returned normally")


if __name__ == '__main__':
    for n in (1, 3):
        p = mp.Process(target=child, args=(n,))
        p.start()
        p.join()
        print(n, p.exitcode)
