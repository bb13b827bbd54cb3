data = {'name': 'Zoe', 'scores': [90, 85, 77]}
print(f"{data['name']} scored {max(data['scores'])} max, {sum(data['scores']) / len(data['scores']):.1f} avg")
print(f"{', '.join(str(s) for s in data['scores'])}")
print(f"{[s // 10 for s in data['scores']]}")
print(f"{'yes' if data['scores'][0] > 80 else 'no'}")
w = 7
for i in range(3):
    print(f'{i:>{w}}|{i * 1.5:<{w}.{i + 1}f}|')
print(f"{'{'}{'}'}")
print(f'{"quoted"!r:^12}|')
print(f'{3:{"^"}{5}}|')
print(f'{1e3:g} {1e-3!s} {2**10:,}')
items = {'a': 1, 'b': 2}
print(f'{items}', f'{ {k: v * 2 for k, v in items.items()} }')
x = 5
print(f'{x:02}:{x * 7:02}:{x * 11:02}')
