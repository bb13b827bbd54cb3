from collections import deque
class Empty(Exception):
    pass
class Full(Exception):
    pass
class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._q = deque()
    def put(self, item):
        if self.maxsize and len(self._q) >= self.maxsize:
            raise Full(f'队列已满 ({self.maxsize})')
        self._q.append(item)
    def get(self):
        if not self._q:
            raise Empty('队列为空')
        return self._q.popleft()
    def empty(self):
        return not self._q
    def full(self):
        return bool(self.maxsize) and len(self._q) >= self.maxsize
    def qsize(self):
        return len(self._q)
q = Queue(3)
for i in range(4):
    try:
        q.put(f'数据{i}')
        print('put', i, 'full?', q.full())
    except Full as e:
        print('Full:', e)
while not q.empty():
    print('get', q.get(), 'size', q.qsize())
try:
    q.get()
except Empty as e:
    print('Empty:', e, repr(e))
