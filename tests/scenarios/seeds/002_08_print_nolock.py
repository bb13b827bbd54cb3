# seed: 002_435922a17c6fe3ef.txt, 六.互斥锁, 案例一 (no lock, shared terminal)
# interleave: schedule-dependent
from multiprocessing import Process,Lock
import time

def task(name):
    print('%s 第一次' % name)
    time.sleep(1)
    print('%s 第二次' % name)
    time.sleep(1)
    print('%s 第三次' % name)
# 并发运行,效率高,但竞争同一打印终端，谁抢到了谁打印

if __name__ == '__main__':
    for i in range(3):
        p = Process(target=task, args=('进程%s' % i, ))
        p.start()
