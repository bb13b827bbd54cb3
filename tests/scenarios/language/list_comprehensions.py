print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() if c in 'aeiou' else c for c in 'education'])
print({x % 3 for x in range(10)}, {w: len(w) for w in ['hi', 'hello']})
print(sum(x for x in range(5)), list(x for x in 'ab'))
print([y for x in [[1, 2], [3], []] for y in x])
print([i for i in range(3)] == list(range(3)))
x = 'outer'
print([x for x in 'abc'], x)
