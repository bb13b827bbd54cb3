# seed: 002_435922a17c6fe3ef.txt, 四.守护进程, 案例三 (foo daemon, bar not)
# interleave: schedule-dependent
from multiprocessing import Process

import time
def foo():
    print(123)
    time.sleep(1)
    print("end123")

def bar():
    print(456)
    time.sleep(3)
    print("end456")

if __name__ == '__main__':
    p1=Process(target=foo)
    p2=Process(target=bar)

    p1.daemon=True   # 主进程代码执行完毕后，守护进程死
    p1.start()
    p2.start()
    print("main-------")
    """
    不存在join()方法，可以理解为先执行主程序，再执行子程序p1，p2
    而且p1.daemon = Ture,即p1为守护程序
    """
