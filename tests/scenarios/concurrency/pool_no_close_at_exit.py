import time
from multiprocessing import Pool


def task(x):
    time.sleep(0.3)
    print("task", x)


if __name__ == '__main__':
    p = Pool(2)
    p.apply_async(task, (1,))
    print("main exits without close/join")
