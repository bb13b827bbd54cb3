with open('notes.txt', 'w') as f:
    n = f.write('line one\n')
    f.write('line two\n')
    f.write('line three')
print('chars written first:', n)
with open('notes.txt') as f:
    content = f.read()
print(repr(content))
with open('notes.txt') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open('notes.txt') as f:
    print(f.readlines())
with open('notes.txt') as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip('\n'))
with open('notes.txt') as f:
    print(repr(f.read(4)), repr(f.read(5)), repr(f.read()))
with open('notes.txt', 'a') as f:
    f.write('\nline four appended')
with open('notes.txt') as f:
    print(f.read().splitlines())
f = open('notes.txt')
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
