import threading

data = threading.local()
data.value = 'main'
seen = {}


def work(i):
    data.value = f'thread {i}'
    seen[i] = data.value


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print("main still sees", data.value)
