r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 11 in r, 12 in r)
print(list(range(5, 0, -1)), list(range(0)), list(range(-3)), list(range(0, -10, -4)))
print(r.index(8), r.count(5), r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(sum(range(1, 101)), list(reversed(range(4))), max(range(7)))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
