# seed: 002_435922a17c6fe3ef.txt, 六.互斥锁, 案例二 (mutex)
# interleave: schedule-dependent
from multiprocessing import Process, Lock
import time

def task(name, mutex):
    mutex.acquire()   # 上锁，哪个进程抢到锁，就一直给他运行
    print('%s 第一次' % name)
    time.sleep(1)
    print('%s 第二次' % name)
    time.sleep(1)
    print('%s 第三次' % name)
    mutex.release()   # 解锁


if __name__ == '__main__':
    mutex = Lock()   # 只实例化一次，并传给子进程，要保证所有进程用同一把锁
    for i in range(3):
        p = Process(target=task, args=('进程%s' % i, mutex))  # 传递给子进程的锁
        p.start()
"""
进程0 第一次
进程0 第二次
进程0 第三次
进程1 第一次
进程1 第二次
进程1 第三次
进程2 第一次
进程2 第二次
进程2 第三次
"""
