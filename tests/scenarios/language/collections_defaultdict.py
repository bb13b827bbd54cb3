from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'abracadabra':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
nested['x']['z'] += 2
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s['a'].add(1)
print(s['a'], 'b' in s, s.get('b'), 'b' in s)
print(defaultdict(int, {'k': 5})['k'], isinstance(counts, dict))
