# Patterns re refuses: each re.error's message, its position, line and column, and the
# pattern it names; errors in replacement templates; what is not re.error.
import re

bad = ['(', 'a)', '[a-', 'a**', '*a', r'\q', r'a{3,1}', '(?P<1>x)', '(?P<n>a)(?P<n>b)',
       '(?P=missing)', r'(a\1)', r'\2(a)', '(?<=a+)b', '(?z)', '(?i', 'x(?i)', '[z-a]',
       '(?#unterminated', r'\x4', r'\N{NO SUCH NAME}', r'(?(2)a|b)', r'(a)(?(1)a|b|c)',
       'trailing\\', '(?P<a>x)(?P=a', r'\400']
for pattern in bad:
    try:
        re.compile(pattern)
    except re.error as e:
        print('{!r:22} {}'.format(pattern, e))
        print('{:22} msg={!r} pos={} lineno={} colno={}'.format('', e.msg, e.pos, e.lineno, e.colno))

try:
    re.compile('''(?x)
        (\\d+)     # digits
        (          # an open group
          [a-z]+
    ''')
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, Exception), type(e).__name__)

try:
    re.compile(b'(?u)x')
except re.error as e:
    print(e, e.pattern)

for template in [r'\3', r'\g<name>', r'\g<1', r'\g', r'\g<-1>', r'\q', 'x\\', r'\g<2>']:
    try:
        re.sub(r'(\w)(\w)', template, 'ab')
    except (re.error, IndexError) as e:
        print('{!r:10} {}: {}'.format(template, type(e).__name__, e))

try:
    re.compile('x{4294967295}')
except OverflowError as e:
    print('OverflowError:', e)
try:
    re.sub('a', lambda m: 5, 'xa')
except TypeError as e:
    print('TypeError:', e)
print(re.sub('a', lambda m: None, 'xax'))
