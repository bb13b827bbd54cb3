x = 'global'
def read_global():
    return x
def write_global():
    global x
    x = 'changed by function'
def shadow():
    x = 'local'
    return x
print(read_global(), shadow(), x)
write_global()
print(x)
def outer():
    y = 1
    def mid():
        def inner():
            nonlocal y
            y += 10
        inner()
        return y
    r = mid()
    return y, r
print(outer())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def make():
    global created
    created = 'made inside'
make()
print(created)
