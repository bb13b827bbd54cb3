def task(n):
    print(f'正在计算 {n}')
    return n ** 2
class Future:
    def __init__(self, fn, arg):
        self._result = fn(arg)
        self._callbacks = []
    def result(self):
        return self._result
    def add_done_callback(self, cb):
        cb(self)
class Pool:
    def __init__(self, size):
        self.size = size
    def submit(self, fn, arg):
        return Future(fn, arg)
    def map(self, fn, items):
        return [fn(x) for x in items]
def call_back(fut):
    print('回调拿到结果:', fut.result())
pool = Pool(3)
futures = [pool.submit(task, i) for i in range(4)]
print([f.result() for f in futures])
pool.submit(task, 10).add_done_callback(call_back)
print(pool.map(lambda x: x * 10, range(5)))
print(f'池大小 {pool.size}')
