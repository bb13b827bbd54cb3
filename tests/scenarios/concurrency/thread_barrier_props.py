import threading

results = []
b = threading.Barrier(3, action=lambda: results.append("released"))


def go(i):
    b.wait()
    results.append(i)


ts = [threading.Thread(target=go, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results[0], sorted(results[1:]))
print(b.parties, b.n_waiting, b.broken)
b.abort()
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e))
b.reset()
print(b.broken)
