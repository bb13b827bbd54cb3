# seed: 002_435922a17c6fe3ef.txt, 四.守护进程, 案例一
# interleave: schedule-dependent
from multiprocessing import Process
import time

def task(name):
    print("%s is running" % name)
    time.sleep(2)


if __name__ == '__main__':
    p = Process(target=task, args=('子进程', ))
    p.daemon=True    # 守护进程一定要在进程开启前设置
    p.start()

    print("主进程")
"""
主进程    ————》子进程还没开始就已经结束了
"""
