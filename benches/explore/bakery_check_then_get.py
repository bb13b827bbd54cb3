# Two customers share the last 包子 of the day. Each looks before it takes:
# "is anything left?" then "give me one". Between the look and the take the
# other customer may take the last one, and the get() then waits for a 包子
# that no baker will ever bake.
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(f'包子{i}')


def customer(name):
    while not q.empty():   # look ...
        bun = q.get()      # ... then take
        print(f'{name} 吃了 {bun}')
    print(f'{name} 回家了')


customers = [threading.Thread(target=customer, args=(name,)) for name in ('小明', '小红')]
for t in customers:
    t.start()
for t in customers:
    t.join()
print('打烊')
