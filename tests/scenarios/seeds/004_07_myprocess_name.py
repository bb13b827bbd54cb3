# seed: 004_d08f8a472ab23a1c.txt, 7.2 进程对象的其他属性:pid和name  # completed: restored the indentation the notes lost, added import time, import random, from multiprocessing import Process
# interleave: schedule-dependent
import time
import random
from multiprocessing import Process
class Myprocess(Process):
    def __init__(self,person):
        self.name=person # name属性是Process中的属性,标示进程的名字
        super().__init__() # 执行父类的初始化方法会覆盖name属性
        # self.name = person # 在这里设置就可以修改进程名字了
        # self.person = person # 如果不想覆盖进程名,就修改属性名称就可以了
    def run(self):
        print('%s正在和网红脸聊天' %self.name)
        # print('%s正在和网红脸聊天' %self.person)
        time.sleep(random.randrange(1,5))
        print('%s正在和网红脸聊天' %self.name)
        # print('%s正在和网红脸聊天' %self.person)
p1=Myprocess('哪吒')
p1.start()
print(p1.pid) #可以查看子进程的进程id
