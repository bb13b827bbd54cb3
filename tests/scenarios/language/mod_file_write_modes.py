with open('log.txt', 'w', encoding='utf-8') as f:
    f.write('第一行\n')
    print('second line via print', file=f)
    f.writelines(['a\n', 'b\n'])
with open('log.txt', 'a', encoding='utf-8') as f:
    f.write('appended\n')
with open('log.txt', encoding='utf-8') as f:
    data = f.read()
print(data, end='')
print(len(data), data.count('\n'))
with open('log.txt', 'rb') as f:
    raw = f.read()
print(raw[:9], len(raw))
with open('bin.dat', 'wb') as f:
    f.write(bytes(range(5)))
with open('bin.dat', 'rb') as f:
    print(f.read(), f.read())
with open('log.txt', 'w') as f:
    pass
with open('log.txt') as f:
    print(repr(f.read()))
import os
for name in ['log.txt', 'bin.dat']:
    os.remove(name)
print(sorted(os.listdir('.')))
