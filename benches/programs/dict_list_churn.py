# Dict and list churn: inserts, lookups, deletes, appends, pops, sorting.
d = {}
for i in range(200000):
    d[i % 5000] = d.get(i % 5000, 0) + i
keys = list(d)
for k in keys[::2]:
    del d[k]
items = []
for i in range(300000):
    items.append(i * 7 % 1000)
    if len(items) > 1000:
        items.pop(0)
words = {}
for i in range(100000):
    w = "w" + str(i % 977)
    words[w] = words.get(w, 0) + 1
print(len(d), sum(d.values()), sum(sorted(items)[:10]), len(words))
