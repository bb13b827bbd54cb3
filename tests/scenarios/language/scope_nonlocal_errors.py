def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
    for _ in range(5):
        inc()
    return count
print(outer())
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())
def broken():
    x = 0
    def inc():
        x += 1
        return x
    return inc
try:
    broken()()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
