import threading

indices = []
lock = threading.Lock()


def action():
    print("action runs once, by one thread")


barrier = threading.Barrier(3, action=action)


def work():
    i = barrier.wait()
    with lock:
        indices.append(i)


threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))
print(barrier.parties, barrier.n_waiting, barrier.broken)
