import threading

release = threading.Event()
started = threading.Semaphore(0)


def block():
    started.release()
    release.wait()


ts = [threading.Thread(target=block, name=f"blocker-{i}") for i in range(2)]
print("active at start:", threading.active_count())
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
print("active while blocked:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
release.set()
for t in ts:
    t.join()
print("active at end:", threading.active_count(), [t.name for t in threading.enumerate()])
