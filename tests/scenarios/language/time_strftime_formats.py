# strftime formats a struct_time (or a 9-tuple) in the C locale, as glibc does;
# asctime/ctime give the fixed 24-character form; mktime is localtime's inverse.
import time

moon = time.gmtime(-14182940)  # 1969-07-20 20:17:40 UTC
millennium = time.gmtime(1_000_000_000)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %h', '%c', '%x %X', '%D %T %F %R %r',
            '%j %U %W %V %G %g %u %w', '%I %p %l %k %e', '%y %C %Z %z %%',
            '%-d/%-m %_H %05Y %^a %#B %10A|', 'week %W of %Y', 'no directives',
            '%Q %E %5', 'trailing %']:
    print(repr(fmt), '->', repr(time.strftime(fmt, moon)), repr(time.strftime(fmt, millennium)))

print(time.strftime('%Y-%m-%d', time.localtime(0)))
print(time.strftime('%d %b %Y', (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime('%Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, -1)) + '|')
print(time.strftime('%d.%m.', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(moon))
print(time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
print(time.ctime(0), '|', time.ctime(1e9))
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2024, 14, 40, 25, 61, 70, 0, 1, -1)))
print(time.mktime(time.gmtime(123456789)) == 123456789)

for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0),
            (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
            (2024, 1, 1), [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024.0, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: time.strftime(b'%Y'), lambda: time.strftime('a\0b', moon),
             lambda: time.asctime((2024, 1, 1)), lambda: time.mktime(5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
