# Groups: numbered and named, groupdict, lastindex and lastgroup, nested and optional
# groups, backreferences, expand, and indexing a Match like a sequence.
import re

text = 'This is some text -- with punctuation.'
for pattern in [r'^(\w+)', r'(\w+)\S*$', r'(\bt\w+)\W+(\w+)', r'(\w+t)\b']:
    regex = re.compile(pattern)
    match = regex.search(text)
    print("'{}'".format(pattern))
    print('  ', match.groups())
    print()

match = re.match(r'(a(a*)(b*))', 'abbaaabbbbaaaaa')
print(match.groups(), match.group(0), match.group(1, 3), match.lastindex)

regex = re.compile(r'(?P<first_word>\w+)', re.M)
print(regex.search(text).groupdict())
for pattern in [r'^(?P<first_word>\w+)', r'(?P<last_word>\w+)\S*$', r'(?P<t_word>\bt\w+)\W+(?P<other_word>\w+)', r'(?P<ends_with_t>\w+t)\b']:
    m = re.search(pattern, text)
    print(pattern, m.groups(), m.groupdict(), m.lastgroup)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe, engineer')
print(m['first'], m[2], m.group('last'), m.span('last'), m.start(1), m.end('first'))
print(m.expand(r'\g<last>, \g<first>'), m.expand(r'\2 \1'), m.regs)
print(m.re, m.re.groupindex, m.re.groups, dict(m.re.groupindex))

# Optional groups that took no part.
m = re.match(r'(\d+)(?:\.(\d+))?(?:e(\d+))?', '3.5')
print(m.groups(), m.groups('-'), m.group(3), m.span(3), m.lastindex)
m = re.match(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.groupdict(), m.groupdict(default='?'), m.lastgroup, m.lastindex)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'a', 'a').lastindex)
print(re.match(r'(a|b)*', 'abba').groups(), re.match(r'(?:(a)|b)*', 'ab').groups())

# Backreferences: doubled words, matching quotes, an e-mail with a name.
print(re.findall(r'\b(\w+)\s+\1\b', 'the the cat sat on on the mat'))
print(re.search(r'(?P<quote>[\'"]).*?(?P=quote)', 'say "hi it\'s me" now').group())
address = re.compile(r'''
    (?P<name>([\w.,]+\s+)*[\w.,]+)\s*
    (?=(<.*>$)|([^<].*[^>]$))
    <?
    (?P<email>[\w\d.+-]+@([\w\d.]+\.)+(com|org|edu))
    >?
    ''', re.VERBOSE)
for candidate in ['First Last <first.last@example.com>', 'No Brackets first.last@example.com',
                  'Open Bracket <first.last@example.com', 'Close Bracket first.last@example.com>']:
    print('Candidate:', candidate)
    match = address.search(candidate)
    if match:
        print('  Name :', match.groupdict()['name'])
        print('  Email:', match.groupdict()['email'])
    else:
        print('  No match')

# A conditional group: the closing bracket is needed only if one was opened.
pat = re.compile(r'(?P<open><)?\w+@\w+\.com(?(open)>|$)')
for s in ['<a@b.com>', 'a@b.com', '<a@b.com', 'a@b.com>']:
    print(s, bool(pat.fullmatch(s)))

for bad in [5, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), e)
