# A counter in a manager's Value, guarded by a manager Lock: exact under any schedule.
from multiprocessing import Manager, Process


def add(counter, lock, times):
    for _ in range(times):
        with lock:
            counter.value += 1


if __name__ == '__main__':
    with Manager() as m:
        counter = m.Value('i', 0)
        lock = m.Lock()
        ps = [Process(target=add, args=(counter, lock, 20)) for _ in range(5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(counter.value, counter)
        print(type(counter).__name__, type(lock).__name__)
