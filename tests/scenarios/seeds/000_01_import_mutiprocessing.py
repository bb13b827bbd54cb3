# seed: 000_66d9f19f449e11a4.txt, 开启进程的两种方式 (whole block as written, first line misspells multiprocessing)
from mutiprocessing import process

# 1.类实例化产生对象
from multiprocessing import Process
import time
def func(name):
    print(f'{name} is running')
    time.sleep(3)
    print(f'{name} is over ')

if __name__ == '__main__':
    # 1.创建一个对象
    p = Process(target=func, args=('jqm',))
    # 容器类型哪怕里面只有一个元素，建议都用逗号隔开
    # 2.开启进程
    p.start()  # 告诉操作系统帮你创建一个进程
    print('主进程')
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
