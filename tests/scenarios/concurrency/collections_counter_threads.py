import threading
from collections import Counter, defaultdict, deque, OrderedDict

words = "the cat and the hat and the bat".split()
counts = Counter()
lock = threading.Lock()


def count(chunk):
    c = Counter(chunk)
    with lock:
        counts.update(c)


ts = [threading.Thread(target=count, args=(words[i::2],)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts.most_common(2), sorted(counts.items()))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.popleft(), d)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od)
