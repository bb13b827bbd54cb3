import threading

go = threading.Event()
arrived = threading.Semaphore(0)
results = []
lock = threading.Lock()


def runner(i):
    arrived.release()
    go.wait()
    with lock:
        results.append(i)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for _ in threads:
    arrived.acquire()
print("everyone waiting; results so far:", results)
go.set()
for t in threads:
    t.join()
print(sorted(results))
