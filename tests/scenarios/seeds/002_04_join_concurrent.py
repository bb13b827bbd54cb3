# seed: 002_435922a17c6fe3ef.txt, 三.Process对象的join方法, 3.2 并发执行
# interleave: schedule-dependent
from multiprocessing import Process
import time, os

def task(name ,n):
    print('%s is running' % name)
    time.sleep(n)

if __name__ == '__main__':
    start = time.time()
    p1 = Process(target=task, args=("子进程1",5))
    p2 = Process(target=task, args=("子进程2",3))
    p3 = Process(target=task, args=("子进程3",2))
    """
    进程开启顺序由操作系统统筹控制，顺序是不一定的
    主进程 1014 pycharm ID 504
    子进程2 is running
    子进程1 is running
    子进程3 is running
    """
    p1.start()
    p2.start()
    p3.start()
    # 再添加join函数前，主程序的执行输出次序是完全随机的，需要加join()保证主程序等到在子进程之后执行完成
    p1.join()
    p2.join()
    p3.join()
    # 以上并非串行执行，实际是并发执行，只是约束了主程序要等在子程序后结束
    # print('主进程', os.getpid(), 'pycharm ID', os.getppid())
    print("主进程", (time.time()-start))
    """
    子进程1 is running
    子进程2 is running
    子进程3 is running
    主进程 5.010260343551636   # 主程序只等了5秒，说明确实是并发执行
    """
