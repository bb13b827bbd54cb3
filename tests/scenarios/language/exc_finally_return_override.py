def f():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'exception swallowed by return in finally'
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'done'
print(k())
def counter():
    x = 1
    try:
        return x
    finally:
        x = 100
print(counter())
