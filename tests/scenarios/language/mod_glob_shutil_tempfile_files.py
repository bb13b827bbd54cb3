# glob, fnmatch, shutil and tempfile over the run's files: find files by
# pattern, copy and move them, and work in a temporary directory.
import fnmatch
import glob
import os
import shutil
import tempfile

os.makedirs('data/raw', exist_ok=True)
for name in ['a.csv', 'b.csv', 'notes.txt', 'raw/c.csv', 'raw/d.log', '.hidden.csv']:
    with open(os.path.join('data', name), 'w') as f:
        f.write(name.upper() + '\n')

print(sorted(glob.glob('data/*.csv')))
print(sorted(glob.glob('data/**/*.csv', recursive=True)))
print(sorted(glob.glob('data/*')), sorted(glob.glob('data/?.csv')), glob.glob('nothing*'))
print(sorted(glob.glob('*.csv', root_dir='data')), sorted(glob.iglob('data/raw/[cd].*')))
print(sorted(glob.glob('data/**', recursive=True)))
print(glob.escape('what?[x]*'), fnmatch.fnmatch('report.CSV', '*.csv'), fnmatch.filter(['x.py', 'y.txt', 'z.py'], '*.py'))
print(fnmatch.fnmatchcase('file10.txt', 'file[0-9]*.txt'), fnmatch.fnmatchcase('fileA.txt', 'file[!A]*'))

print(shutil.copy('data/a.csv', 'data/raw'), open('data/raw/a.csv').read(), end='')
print(shutil.copyfile('data/b.csv', 'b_copy.csv'), shutil.move('b_copy.csv', 'data/raw'))
print(sorted(os.listdir('data/raw')))
try:
    shutil.copyfile('data/a.csv', 'data/a.csv')
except shutil.SameFileError as e:
    print('SameFileError:', e)
shutil.copytree('data/raw', 'backup')
print(sorted(os.listdir('backup')))
shutil.rmtree('backup')
print(os.path.exists('backup'), shutil.which('no-such-command'))
try:
    shutil.rmtree('backup')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)

with tempfile.TemporaryDirectory() as tmp:
    print(os.path.isdir(tmp), tmp.startswith(tempfile.gettempdir()))
    path = os.path.join(tmp, 'scratch.txt')
    with open(path, 'w') as f:
        f.write('scratch')
    print(os.listdir(tmp))
print(os.path.exists(tmp))
with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('temporary data')
    f.seek(0)
    print(f.read(), f.name.endswith('.txt'), os.path.exists(f.name))
print(os.path.exists(f.name), tempfile.gettempdir())
