# seed: 002_435922a17c6fe3ef.txt, 二、Process类的使用, 方式一
# interleave: schedule-dependent
from multiprocessing import Process
import time

def task(name):
    print("%s is running" % name)
    time.sleep(3)
    print("%s is done" % name)

if __name__ == '__main__':
    p = Process(target=task, args=('子进程1',))  # 得到对象
    # Process(target=task, kwargs={'name': "子进程1"})

    p.start()   # 给操作系统发送启动信号
    print("主")
    """
    主
    子进程1 is running
    子进程1 is done
    """
