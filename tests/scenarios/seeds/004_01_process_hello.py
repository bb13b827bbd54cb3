# seed: 004_d08f8a472ab23a1c.txt, 4.2 join方法  # completed: restored the indentation the notes lost
# interleave: schedule-dependent
import time
from multiprocessing import Process
def f(name):
    print('hello', name)
    time.sleep(1)
    print('我是子进程')
if __name__ == '__main__':
    p = Process(target=f, args=('bob',))
    p.start()
    # p.join()
    print('我是父进程')
