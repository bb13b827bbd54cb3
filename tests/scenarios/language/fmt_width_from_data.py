rows = [['id', 'name', 'city'], ['1', 'Ann', 'Paris'], ['22', 'Bartholomew', 'Rome'], ['333', 'Li', 'Shenzhen']]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
print(widths)
sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
print(sep)
for j, r in enumerate(rows):
    print('| ' + ' | '.join(c.ljust(w) for c, w in zip(r, widths)) + ' |')
    if j == 0:
        print(sep)
print(sep)
