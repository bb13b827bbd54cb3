# seed: 002_435922a17c6fe3ef.txt, 三.Process对象的join方法, 3.1
# interleave: schedule-dependent
from multiprocessing import Process
import time, os

def task():
    print('%s is running, parent id is <%s>' % (os.getpid(), os.getppid()))   # 进程和父进程查看方式
    time.sleep(3)
    print("%s is done, parent id is <%s>" % (os.getpid(), os.getppid()))

if __name__ == '__main__':
    p = Process(target=task, )
    p.start()

    p.join()   # 优先运行子进程，主进程卡在原地
    print('主进程', os.getpid(), 'pycharm ID', os.getppid())
    print(p.pid)  # 子进程运行完，变为僵尸进程，主进程仍能够查到子进程的pid，当主进程结束后，所有僵尸子进程将被丢掉。
    """
    is running, parent id is <827>
    is done, parent id is <827>
    主进程 827 pycharm ID 504
    """
