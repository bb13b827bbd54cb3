name = 'Ada'
age = 36
pi = 3.14159265
print(f'{name} is {age} years old')
print(f'{name!r} {name!s} {name!a}', f'{"中"!a}')
print(f'{age + 1}', f'{age * 2 = }', f'{name.upper()}', f'{len(name)}')
print(f'{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e}')
print(f'{age:5d}|{age:<5d}|{age:^5d}|{age:05d}|{age:+d}')
print(f'{{braces}} {{{age}}}')
print(f'{name=}', f'{pi=:.3f}', f'{ age = }')
items = ['x', 'y']
print(f'{items[0]} {items!r} {dict(a=1)["a"]}')
width, prec = 12, 3
print(f'[{pi:{width}.{prec}f}]', f'[{name:>{width}}]')
print(f'{"nested " + f"{age}"}')
print(f'{3 if age > 30 else 4}', f'{(lambda x: x * 2)(5)}')
print(F'upper F {age}', rf'raw \n {age}', fr'{name}\t')
value = 1234567.891
print(f'{value:,.2f} {value:_.1f} {int(value):,}')
print(f'''multi
line {name}''')
