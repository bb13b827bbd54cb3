import threading

phases = []
lock = threading.Lock()
barrier = threading.Barrier(3)


def runner(name):
    for phase in range(3):
        with lock:
            phases.append((phase, name))
        barrier.wait()


ts = [threading.Thread(target=runner, args=(n,)) for n in "xyz"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([p for p, _ in phases])
print(sorted(phases)[:3])
