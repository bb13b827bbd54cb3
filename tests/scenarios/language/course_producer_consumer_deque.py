from collections import deque
q = deque(maxlen=3)
log = []
def producer(name, food, n):
    for i in range(n):
        item = f'{food}{i}'
        if len(q) == q.maxlen:
            print(f'队列已满, {name} 等待')
            yield
        q.append(item)
        print(f'{name} 生产了 {item}')
        yield
def consumer(name):
    while True:
        if not q:
            print(f'{name} 发现队列为空')
            yield
            continue
        item = q.popleft()
        log.append(item)
        print(f'{name} 吃了 {item}')
        yield
tasks = [producer('大厨egon', '包子', 4), producer('大厨tank', '泔水', 2), consumer('吃货jason')]
for step in range(8):
    for t in list(tasks):
        try:
            next(t)
        except StopIteration:
            tasks.remove(t)
            print('一个生产者结束')
print('已消费:', log, '剩余:', list(q))
