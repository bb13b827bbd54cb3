data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
print(n)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
chunks = iter(['ab', 'cd', '', 'ef'])
while (chunk := next(chunks)):
    print('chunk', chunk)
def f(x):
    print('f called with', x)
    return x * x
results = [v for x in range(4) if (v := f(x)) % 2 == 0]
print(results)
print((total := 10) + total)
print([last := i for i in range(3)], last)
