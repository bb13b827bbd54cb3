# io.StringIO and io.BytesIO: writing, reading, seeking, lines, and the errors
# CPython's give; contextlib.redirect_stdout/redirect_stderr send print there.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
print(buf.write('hello\n'), buf.write('world\n'), buf.tell())
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.read()), repr(buf.read()))
buf.seek(2)
buf.write('LL')
print(repr(buf.getvalue()), buf.tell())
buf.seek(20)
buf.write('!')
print(repr(buf.getvalue()))
print(buf.truncate(5), repr(buf.getvalue()))
for line in io.StringIO('a\nb\n\nc'):
    print(repr(line))
print(io.StringIO('x\ny\n').readlines())
with io.StringIO('data') as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    s.read()
except ValueError as e:
    print('ValueError:', e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError:', e)
try:
    io.StringIO('abc').seek(1, 1)
except OSError as e:
    print('OSError:', e)

b = io.BytesIO(b'abc')
print(b.read(2), b.tell(), b.seek(0, 2), b.write(b'de'), b.getvalue())
b.seek(-3, 2)
print(b.read(), b.readline(), io.BytesIO(b'l1\nl2').readlines())
try:
    b.write('text')
except TypeError as e:
    print('TypeError:', e)

out = io.StringIO()
with redirect_stdout(out):
    print('captured', 1, 2, sep='-')
    print('second line')
    sys.stdout.write('raw write\n')
print('back on the console')
print(repr(out.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print('outer')
    with redirect_stdout(inner):
        print('inner')
    print('outer again')
print(repr(outer.getvalue()), repr(inner.getvalue()))
print(sys.stdout is sys.__stdout__)
print(type(io.StringIO()).__name__, io.StringIO.__module__)
