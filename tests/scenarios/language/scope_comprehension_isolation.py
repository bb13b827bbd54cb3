i = 'module i'
squares = [i * i for i in range(4)]
print(i, squares)
gen_vals = list(i for i in 'ab')
print(i, gen_vals)
n = 10
print([n + k for k in range(3)])
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
matrix = [[r * c for c in range(3)] for r in range(3)]
print(matrix)
print({i: i * 2 for i in range(2)}, i)
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print('NameError:', e)
print([(lambda: k)() for k in range(3)])
