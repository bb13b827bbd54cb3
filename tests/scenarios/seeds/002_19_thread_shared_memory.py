# seed: 002_435922a17c6fe3ef.txt, 六、-2 同一进程内的多个线程共享进程地址空间 (线程验证)
from threading import Thread
from multiprocessing import Process

n = 100
def task():
    global n
    n = 0

if __name__ == '__main__':
    """进程验证：
    p1 = Process(target=task,)
    p1.start()   # 会把子进程的n改为了0，看是否影响主进程
    p1.join()
    print("主进程", n)   # 主进程 100
    # 由此可见进程间是隔离的，子进程变量修改不影响主进程
    """

    """线程验证"""
    t1 = Thread(target=task, )
    t1.start()
    t1.join()
    print("主线程", n)   # 主线程 0
