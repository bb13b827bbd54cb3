# seed: 002_435922a17c6fe3ef.txt, 生产者消费模型, 1.基于队列实现 (consumer never stops)
# interleave: schedule-dependent
from multiprocessing import Process,Queue
import time,random,os
def consumer(q,name):
    while True:
        res=q.get()
        time.sleep(random.randint(1,3))
        print('\033[43m%s 吃 %s\033[0m' %(name,res))

def producer(q,name,food):
    for i in range(3):
        time.sleep(random.randint(1,3))
        res='%s%s' %(food,i)
        q.put(res)
        print('\033[45m%s 生产了 %s\033[0m' %(name,res))

if __name__ == '__main__':
    q=Queue()
    #生产者们:即厨师们
    p1=Process(target=producer,args=(q,'egon','包子'))

#消费者们:即吃货们
c1=Process(target=consumer,args=(q,'alex'))

#开始
p1.start()
c1.start()
print('主程序')
