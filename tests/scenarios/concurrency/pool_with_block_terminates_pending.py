import time
from multiprocessing import Pool


def task(x):
    time.sleep(0.2)
    print("task", x, "finished")
    return x


if __name__ == '__main__':
    with Pool(2) as p:
        r = p.apply_async(task, (1,))
    print("left with-block, ready:", r.ready())
    time.sleep(0.4)
    print("end")
