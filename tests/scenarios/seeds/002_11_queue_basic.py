# seed: 002_435922a17c6fe3ef.txt, 六.队列, 5、队列的使用
from multiprocessing import Queue

# 队列中应该放消息，不应该放大文件大数据
# 队列可以不设置长度，但是队列是受制于内存大小的，不可能无限存放
q = Queue(3)  # 指定队列大小
q.put('hello')
q.put({'a': 1})
q.put([3,3,3,])

print(q.full())   # 查看队列是否满了  # True
# q.put(123)    # 队列满了再往里面放时，被锁住，只能在原地卡着。

print(q.get())
print(q.get())
print(q.get())
print(q.empty())   # 判断队列是否全部清空  # True

# print(q.get())   # 由于已经空了，程序也卡在原处
"""
True
hello
{'a': 1}
[3, 3, 3]
True
"""
