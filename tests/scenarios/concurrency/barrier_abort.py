import threading
import time

barrier = threading.Barrier(3)
outcomes = []
lock = threading.Lock()


def work():
    try:
        barrier.wait()
        r = 'passed'
    except threading.BrokenBarrierError:
        r = 'broken'
    with lock:
        outcomes.append(r)


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
while barrier.n_waiting < 2:
    time.sleep(0.001)
barrier.abort()
for t in threads:
    t.join()
print(outcomes, barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("late wait:", type(e).__name__, repr(e))
barrier.reset()
print("after reset broken:", barrier.broken)
