for i in range(1, 5):
    print(' ' * (4 - i) + '*' * (2 * i - 1))
for i in range(1, 4):
    print(' '.join(f'{i * j:2d}' for j in range(1, 6)))
for i in range(1, 10):
    print('  '.join(f'{j}x{i}={i * j}' for j in range(1, i + 1)))
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
