# seed: 002_435922a17c6fe3ef.txt, 二、Process类的使用, 方式二 (MyProcess)
# interleave: schedule-dependent
from multiprocessing import Process
import time
class MyProcess(Process):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def run(self):  # run()是固定形式，p.start本质是调用的绑定的run方法
        print('%s is running'%self.name)
        time.sleep(3)
        print("%s is done" % self.name)

if __name__ == '__main__':
    p = MyProcess('子进程')
    p.start()   # 给操作系统发送启动信号
    print('主')
    """
    主
    子进程 is running   # 间隔三秒
    子进程 is done
    """
