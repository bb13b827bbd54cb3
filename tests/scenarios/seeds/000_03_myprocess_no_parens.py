# seed: 000_66d9f19f449e11a4.txt, 开启进程的两种方式, 2.类的继承 run方法 (p = MyProcess without parentheses)
# 2.类的继承  run方法
from multiprocessing import Process
import time

class MyProcess(Process):
    def run(self):
        print('hello')
        time.sleep(1)
        print('hi')

if __name__ == '__main__':
    p = MyProcess
    p.start()
    print('主进程')

"""
在windows里面开启进程的代码一定要写在main代码块内
创建一个进程就是在内存空间中申请一块内存空间将需要的代码丢进去
"""
