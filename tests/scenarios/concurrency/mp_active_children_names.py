import time
from multiprocessing import Process, active_children


def nap(t):
    time.sleep(t)


if __name__ == '__main__':
    ps = [Process(target=nap, args=(0.5,), name=f"nap{i}") for i in range(3)]
    print("before:", active_children())
    for p in ps:
        p.start()
    print("running:", sorted(c.name for c in active_children()))
    for p in ps:
        p.join()
    print("after:", active_children())
    print("count:", len(active_children()))
