import os
for name in ['b.txt', 'a.txt', 'c.log', 'notes.md']:
    with open(name, 'w') as f:
        f.write(name * 2)
print(sorted(os.listdir('.')))
print(sorted(os.listdir()))
print(sorted(n for n in os.listdir('.') if n.endswith('.txt')))
print({n: os.path.getsize(n) for n in sorted(os.listdir('.')) if n.endswith(('.txt', '.log'))})
by_ext = {}
for n in sorted(os.listdir('.')):
    stem, ext = os.path.splitext(n)
    by_ext.setdefault(ext or '(none)', []).append(stem)
print(by_ext)
for n in ['a.txt', 'b.txt', 'c.log', 'notes.md']:
    os.remove(n)
    print('removed', n, os.path.exists(n))
print(sorted(os.listdir('.')))
try:
    os.remove('a.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.filename)
