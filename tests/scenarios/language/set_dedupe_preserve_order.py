items = ['b', 'a', 'b', 'c', 'a', 'd']
seen = set()
unique = []
for it in items:
    if it not in seen:
        seen.add(it)
        unique.append(it)
print(unique)
print(list(dict.fromkeys(items)))
print(sorted(set(items)))
print(len(items), len(set(items)))
nums = [3, 1, 3, 2, 1]
print(sorted(set(nums), reverse=True))
print(sorted({n % 4 for n in range(20)}))
words = 'the cat and the hat and the bat'.split()
print(sorted(set(words), key=words.index))
