for path in ['.', '', '/', 'a\x00b', 'nodir/x.txt', '..', 'sub/']:
    for mode in ['w', 'r', 'a']:
        try:
            with open(path, mode) as f:
                print('opened', repr(path), mode)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
import os
print(os.path.isdir('.'), os.path.exists(''))
with open('note.txt', 'w') as f:
    f.write('x')
for path in ['note.txt/', 'note.txt/inner', 'note.txt']:
    try:
        open(path).close()
        print('read', path)
    except OSError as e:
        print(type(e).__name__, e)
print(sorted(os.listdir('.')))
