# seed: 004_d08f8a472ab23a1c.txt, 4.5 多个进程同时运行,再谈join方法(1)  # completed: restored the indentation the notes lost (p.join() inside the loop, as the heading (1) says)
import time
from multiprocessing import Process
def f(name):
    print('hello', name)
    time.sleep(1)
if __name__ == '__main__':
    p_lst = []
    for i in range(5):
        p = Process(target=f, args=('bob',))
        p.start()
        p_lst.append(p)
        p.join()
    # [p.join() for p in p_lst]
    print('父进程在执行')
