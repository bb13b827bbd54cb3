# seed: 002_435922a17c6fe3ef.txt, 六、开启线程与开启子进程的区别, -1 (commented-out Process lines un-commented, Thread lines commented out)
# interleave: schedule-dependent
import time
from multiprocessing import Process
from threading import Thread


def piao(name):
    print('%s piaoing' % name)
    time.sleep(2)
    print('%s piao end' % name)

if __name__ == '__main__':
    p1 = Process(target=piao, args=('进程', ))
    p1.start()
    """
    主线程
    进程 piaoing
    进程 piao end
    """


    # t1 = Thread(target=piao, args=('线程', ))
    # t1.start()
    """
    线程 piaoing
    主线程
    线程 piao end
    """
    print("主线程")
