# seed: 002_435922a17c6fe3ef.txt, 生产者消费模型, 有几个消费者就需要发送几次结束信号
# interleave: schedule-dependent
from multiprocessing import Process, Queue
import time

def producer(q):
    for i in range(10):
        res = '包子%s' % i
        time.sleep(0.5)   # 模拟生产时间
        print('生产者生产了%s' % res)

        q.put(res)  # 放入队列中

        # q.put(None)  # 这种方式会将消费者提前停止


def consumer(q):
    while True:    # 一直从队列取一旦取空了，会加一把锁，程序卡在这里
        res = q.get()   # 取队列中数据
        if res is None:break
        time.sleep(1)    # 模拟消费时间
        print('消费者消费了%s' % res)

if __name__ == '__main__':
    # 容器
    q = Queue()
    # 生产者
    p1 = Process(target=producer, args=(q, ))
    p2 = Process(target=producer, args=(q,))
    p3 = Process(target=producer, args=(q,))
    # 消费者
    c1 = Process(target=consumer, args=(q, ))
    c2 = Process(target=consumer, args=(q,))

    p1.start()
    p2.start()
    p3.start()
    c1.start()
    c2.start()

    p1.join()   # 保证生产者都执行完，主进程才执行完
    p2.join()
    p3.join()
    # 跟在正常信号后面，必须保证所有的生产者都生产结束
    q.put(None)  # 往队列里放入None,给消费者判断
    q.put(None)  # 有几个消费者就需要几个结束信号
    print("主进程")
