import sys
from multiprocessing import Process


def child(i):
    print(f"child {i} line 1", flush=True)
    sys.stdout.write(f"child {i} line 2\n")
    sys.stderr.write(f"child {i} err\n")


if __name__ == '__main__':
    print("parent before", end=" | ")
    print("same line")
    for i in range(2):
        p = Process(target=child, args=(i,))
        p.start()
        p.join()
    print("parent after")
