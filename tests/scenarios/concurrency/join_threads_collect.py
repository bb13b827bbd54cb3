import threading

results = [None] * 5


def square(i):
    results[i] = i * i


threads = [threading.Thread(target=square, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(all(not t.is_alive() for t in threads))
