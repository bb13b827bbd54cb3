from collections import deque
def worker(name, steps):
    for i in range(1, steps + 1):
        print(f'{name}: 第{i}步')
        yield i
    return f'{name} 完成'
ready = deque([worker('A', 3), worker('B', 1), worker('C', 2)])
results = []
while ready:
    g = ready.popleft()
    try:
        next(g)
        ready.append(g)
    except StopIteration as e:
        results.append(e.value)
print(results)
