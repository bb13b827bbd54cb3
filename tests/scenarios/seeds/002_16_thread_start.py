# seed: 002_435922a17c6fe3ef.txt, 五、开启线程的方式
# interleave: schedule-dependent
import time, random
# from multiprocessing import Process
from threading import Thread


def piao(name):
    print('%s piaoing' % name)
    time.sleep(random.randrange(1, 5))
    print('%s piao end' % name)

if __name__ == '__main__':
    t1 = Thread(target=piao, args=('egon', ))
    t1.start()  # 主线程向操作系统发信号，又开了一个线程
    print("主线程")   # 执行角度看是主线程，从资源角度看是主进程
    # 这个程序总体是一个进程、两个线程
"""
egon piaoing
主进程
egon piao end
"""
