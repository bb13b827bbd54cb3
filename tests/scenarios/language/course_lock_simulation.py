class Lock:
    def __init__(self):
        self.locked = False
        self.acquired_count = 0
    def acquire(self):
        if self.locked:
            raise RuntimeError('死锁: 锁已被占用')
        self.locked = True
        self.acquired_count += 1
    def release(self):
        if not self.locked:
            raise RuntimeError('release unlocked lock')
        self.locked = False
    def __enter__(self):
        self.acquire()
        return self
    def __exit__(self, *exc):
        self.release()
        return False
mutex = Lock()
tickets = 3
def buy(user):
    global tickets
    with mutex:
        if tickets > 0:
            tickets -= 1
            print(f'{user} 抢到票, 剩余 {tickets}')
        else:
            print(f'{user} 没抢到')
for u in ['张三', '李四', '王五', '赵六']:
    buy(u)
print('加锁次数', mutex.acquired_count, '锁状态', mutex.locked)
mutex.acquire()
try:
    mutex.acquire()
except RuntimeError as e:
    print('RuntimeError:', e)
mutex.release()
print('最终锁状态', mutex.locked)
