import threading

barrier = threading.Barrier(3)
log = []
lock = threading.Lock()


def phase(i):
    with lock:
        log.append('before')
    barrier.wait()
    with lock:
        log.append('after')


threads = [threading.Thread(target=phase, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
