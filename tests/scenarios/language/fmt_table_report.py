rows = [('张三', 85, 92.5), ('李四', 78, 88.0), ('王五', 93, 79.25), ('Alexander', 100, 100.0)]
print(f"{'name':<10}|{'score':>6}|{'avg':>8}")
print('-' * 26)
for name, score, avg in rows:
    print(f'{name:<10}|{score:>6d}|{avg:>8.2f}')
print('-' * 26)
total = sum(r[1] for r in rows)
print(f"{'total':<10}|{total:>6d}|{total / len(rows):>8.2f}")
best = max(rows, key=lambda r: r[2])
print(f'best: {best[0]} ({best[2]:.1f})')
print(f'{"pass rate":>12}: {sum(r[1] >= 80 for r in rows) / len(rows):.0%}')
