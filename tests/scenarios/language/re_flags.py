# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII as arguments and inline, how
# RegexFlag and Pattern print, Pattern equality, and str against bytes patterns.
import re

text = 'This is some text -- with punctuation.'
pattern = r'\bT\w+'
with_case = re.compile(pattern)
without_case = re.compile(pattern, re.IGNORECASE)
print('Case-sensitive:', with_case.findall(text))
print('Case-insensitive:', without_case.findall(text))

text = 'This is some text -- with punctuation.\nA second line.'
pattern = r'(^\w+)|(\w+\S*$)'
single_line = re.compile(pattern)
multiline = re.compile(pattern, re.MULTILINE)
print('Single Line :')
for match in single_line.findall(text):
    print('  {!r}'.format(match))
print('Multline    :')
for match in multiline.findall(text):
    print('  {!r}'.format(match))
print(re.findall(r'.+', text), re.findall(r'.+', text, re.DOTALL))

print(repr(re.I), repr(re.M | re.I), re.I | re.S, repr(re.A), re.NOFLAG, re.IGNORECASE == 2)
print(re.X.value, re.U.name, (re.I | re.M).value, int(re.S | re.X), '{:x}'.format(re.VERBOSE))
print(re.compile('a+', re.IGNORECASE), re.compile('a+'), re.compile(b'a+', re.I | re.M))
print(re.compile('(?i)a'), re.compile('a', re.A | re.I | re.X), re.compile('a', re.U))
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('(?s)x').flags, re.compile('x', re.A).flags)
print(re.compile('ab' * 120))

print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == re.compile(b'a'))
print(len({re.compile('x'), re.compile('x'), re.compile('y')}), re.compile(re.compile('z')).pattern)

# Inline flags, global at the start or scoped to a group.
print(re.findall(r'(?i)t\w+', text), re.findall(r'(?i:t)his', 'This THIS this'), re.findall(r'(?-i:a)b', 'ab AB Ab aB', re.I))
print(re.findall(r'(?m)^\w', text), re.match(r'(?s:.)(.)', '\n\n'))
print(re.match(r'''(?x)
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', '555 1234').groups())

# Case folding as CPython's: one character to one, both ways.
print(re.findall('(?i)straße', 'STRASSE straße STRAßE'), re.match('(?i)σ', 'Σ'), re.match('(?i)σ', 'ς'))
print(re.match('(?i)k', '\u212a'), re.match('(?i)[a-z]+', 'ſKı'), re.match('(?ai)[a-z]+', 'ſK'))

# \w, \d and \s by Unicode for str, by ASCII for bytes and re.ASCII.
print(re.findall(r'\w+', 'naïve café'), re.findall(r'\w+', 'naïve café', re.ASCII))
print(re.findall(r'\d+', '٣٤ 56'), re.findall(r'(?a)\d+', '٣٤ 56'), re.findall(rb'\w+', b'na\xefve 12'))
for f in [lambda: re.compile('x', re.LOCALE), lambda: re.compile('x', re.ASCII | re.UNICODE),
          lambda: re.compile(b'x', re.UNICODE), lambda: re.compile(re.compile('x'), re.I),
          lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.match('a', 5),
          lambda: re.compile(5), lambda: re.sub('a', b'x', 'a')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(re.purge(), re.compile('x') is re.compile('x'), re.error.__module__, re.Pattern, re.Match)
