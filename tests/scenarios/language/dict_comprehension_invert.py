squares = {n: n * n for n in range(6)}
print(squares)
print({v: k for k, v in squares.items() if v % 2 == 0})
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words}
print(max(lengths, key=lengths.get), min(lengths.values()))
print(sorted(lengths.items(), key=lambda kv: kv[1]))
print(dict(sorted(lengths.items(), key=lambda kv: -kv[1])[:2]))
print({k: v for k, v in zip('abc', range(3))})
nested = {'a': {'x': 1}, 'b': {'x': 2}}
print({k: v['x'] * 10 for k, v in nested.items()})
