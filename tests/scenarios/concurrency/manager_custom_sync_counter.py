# SyncManager.register: a custom Counter shared by worker processes, next to the
# built-in dict; a method that raises in the server raises in the caller, with
# the caller's traceback.
from multiprocessing import Process
from multiprocessing.managers import SyncManager

class Counter:
    def __init__(self, start=0):
        self.value = start
    def increment(self, by=1):
        self.value += by
        return self.value
    def get(self):
        return self.value
    def fail(self, why):
        raise ValueError('counter says: ' + why)

class MyManager(SyncManager):
    pass

MyManager.register('Counter', Counter)

def work(counter, lock, results, n):
    for _ in range(5):
        with lock:
            counter.increment()
    results[n] = 'done'

if __name__ == '__main__':
    manager = MyManager()
    manager.start()
    counter = manager.Counter(10)
    lock = manager.Lock()
    results = manager.dict()
    procs = [Process(target=work, args=(counter, lock, results, i)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.get(), sorted(results.items()))
    print(counter.increment(by=100))
    print(hasattr(SyncManager, 'Counter'), hasattr(MyManager, 'dict'))
    print(sorted(k for k in MyManager._registry if k in ('Counter', 'dict', 'Queue')))
    try:
        counter.fail('no')
    except ValueError as e:
        print('caught', repr(e))
    counter.fail('uncaught')
