import time
from multiprocessing import Process, Semaphore, Value, Lock


def toilet(sem, cur, peak, lock, i):
    with sem:
        with lock:
            cur.value += 1
            peak.value = max(peak.value, cur.value)
        time.sleep(0.1)
        with lock:
            cur.value -= 1


if __name__ == '__main__':
    sem = Semaphore(3)
    cur, peak, lock = Value('i', 0), Value('i', 0), Lock()
    ps = [Process(target=toilet, args=(sem, cur, peak, lock, i)) for i in range(8)]
    start = time.time()
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("peak", peak.value, "cur", cur.value, "rounds", round((time.time() - start) / 0.1))
