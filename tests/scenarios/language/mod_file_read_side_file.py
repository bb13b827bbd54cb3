with open('input.txt', encoding='utf-8') as f:
    lines = [line.rstrip('\n') for line in f]
print(len(lines), 'lines')
total = 0
for line in lines:
    if not line or line.startswith('#'):
        continue
    name, qty, price = line.split(',')
    cost = int(qty) * float(price)
    total += cost
    print(f'{name:<8} {int(qty):>3} x {float(price):>6.2f} = {cost:>7.2f}')
print(f'{"total":<8} {total:>24.2f}')
