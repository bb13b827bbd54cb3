def numbers():
    yield 1
    got = yield 2
    yield from range(got or 3)

for n in numbers():
    print(n)
