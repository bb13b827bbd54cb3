n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 1024
count = 0
while x > 1:
    x //= 2
    count += 1
print('log2 =', count)
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
