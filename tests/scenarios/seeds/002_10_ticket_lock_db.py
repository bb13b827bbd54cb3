# seed: 002_435922a17c6fe3ef.txt, 六.互斥锁, 买票案例 (db.txt, Lock)
# interleave: schedule-dependent
from multiprocessing import Process, Lock
import json, time

def search(name):
    """查票"""
    time.sleep(1)   # 模拟网络延迟,并发去看票数
    dic = json.load(open('db.txt', 'r', encoding='utf-8'))
    print('<%s> 查看到剩余票数[%s]' %(name, dic['count']))


def get(name):
    """买票"""
    time.sleep(1)   # 模拟网络延迟
    dic = json.load(open('db.txt', 'r', encoding='utf-8'))
    if dic['count'] > 0:    # 确认有票
        dic['count'] -= 1
        time.sleep(3)
        # 写入文件，即购票成功，这个必须是基于其他人购票的结果，由并发改为串行
        json.dump(dic, open('db.txt', 'w', encoding='utf-8'))
        print('<%s> 购票成功' % name)


def task(name, mutex):
    search(name)   # 查票并发执行，人人都可以看到票
    mutex.acquire()    # 上锁
    get(name)      # 购票改为串行，其他人都必须等着
    mutex.release()    # 解锁


if __name__ == '__main__':
    mutex = Lock()
    for i in range(10):
        p = Process(target=task, args=('路人%s' % i, mutex))
        p.start()
