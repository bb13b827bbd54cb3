# seed: 003_a4e5f893ae8583cc.txt, 上节课内容回顾, 第二种开启子进程的方式 (un-commented; p = Xx() without x)
from multiprocessing import Process


class Xx(Process):
    def __init__(self,x):
        super().__init__()
        self.x = x
    def run(self):
        pass


p = Xx()
p.start()
