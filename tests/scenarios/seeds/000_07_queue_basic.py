# seed: 000_66d9f19f449e11a4.txt, 队列Queue
# interleave: schedule-dependent
from multiprocessing import Queue

# 创建一个队列
q = Queue(5)  # 括号内可以传数字 表示生成的队列最大可以同时存放的数据量

# 往队列中存数据 当数据满的时候如果还有数据要放程序会阻塞，直到有位置
q.put(111)
print(q.full())     # 判断当前队列是否满了
print(q.empty())    # 判断当前队列是否为空了

# 往队列中取数据 队列中如果已经没有数据的话，get方法会原地阻塞
v1 = q.get()
# v2 = q.get_nowait()     # 没有数据直接报错queue.Empty
# v2 = q.get(timeout=3)   # 没有数据之后原地等待三秒之后再报错，queue.Empty
try:
    v2 = q.get(timeout=3)
    print(v2)
except Exception as e:
    print('一滴都没有了')

"""
q.full()
q.empty()
q.get_nowait()
在多进程情况下是不精确的
"""
