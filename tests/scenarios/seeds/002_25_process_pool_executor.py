# seed: 002_435922a17c6fe3ef.txt, 十一、进程池与线程池, 2.进程池
# interleave: schedule-dependent
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os, time, random

def task(name):
    print("name: %s pid: %s run" % (name, os.getpid()))
    time.sleep(random.randint(1, 3))


if __name__ == '__main__':
    pool = ProcessPoolExecutor(4)  # 指定进程池大小，最大进程数，如果不指定默认是CPU核数

    for i in range(10):
        """从始至终四个进程解决这10个任务，谁没事了接新任务"""
        pool.submit(task, 'ProcessPool-%s' % i)  # 提交任务的方式————异步调用：提交完任务，不用在原地等任务执行拿到结果。

    print("主进程")
