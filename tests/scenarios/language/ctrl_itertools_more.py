import itertools
data = [1, 1, 2, 2, 2, 3, 1, 1]
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(8))))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise('abcd')))
c = itertools.count()
print(next(c), next(c), next(c))
