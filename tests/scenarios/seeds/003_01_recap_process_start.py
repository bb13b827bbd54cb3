# seed: 003_a4e5f893ae8583cc.txt, 上节课内容回顾, 开子进程 (commented-out recap un-commented)
from multiprocessing import Process

def task(x):
    pass

if __name__ == '__main__':
    p = Process(target=task,args=(45,))
    p.start()
