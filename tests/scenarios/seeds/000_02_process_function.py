# seed: 000_66d9f19f449e11a4.txt, 开启进程的两种方式, 1.类实例化产生对象
# interleave: schedule-dependent
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
