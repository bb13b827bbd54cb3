# Every match at once (PyMOTW-3's findall and finditer), the repetition and character
# set patterns of its "Pattern Syntax" section, and what groups do to findall's items.
import re


def test_patterns(text, patterns):
    for pattern, desc in patterns:
        print("'{}' ({})\n".format(pattern, desc))
        print("  '{}'".format(text))
        for match in re.finditer(pattern, text):
            s = match.start()
            e = match.end()
            substr = text[s:e]
            n_backslashes = text[:s].count('\\')
            prefix = '.' * (s + n_backslashes)
            print("  {}'{}'".format(prefix, substr))
        print()


text = 'abbaaabbbbaaaaa'
print(re.findall('ab', text))
for match in re.finditer('ab', text):
    print('Found {!r} at {:d}:{:d}'.format(text[match.start():match.end()], match.start(), match.end()))

test_patterns('abbaabbba', [
    ('ab*', 'a followed by zero or more b'),
    ('ab+', 'a followed by one or more b'),
    ('ab?', 'a followed by zero or one b'),
    ('ab{3}', 'a followed by three b'),
    ('ab{2,3}', 'a followed by two to three b'),
])
test_patterns('abbaabbba', [
    ('ab*?', 'a followed by zero or more b'),
    ('ab+?', 'a followed by one or more b'),
    ('ab{2,3}?', 'a followed by two to three b'),
])
test_patterns('abbaabbba', [
    ('[ab]', 'either a or b'),
    ('a[ab]+', 'a followed by 1 or more a or b'),
    ('a[ab]+?', 'a followed by 1 or more a or b, not greedy'),
])
test_patterns('This is some text -- with punctuation.', [
    ('[^-. ]+', 'sequences without -, ., or space'),
    ('[a-z]+', 'sequences of lowercase letters'),
    ('[A-Z][a-z]+', 'one uppercase followed by lowercase'),
])
test_patterns('A prime #1 example!', [
    (r'\d+', 'sequence of digits'),
    (r'\D+', 'sequence of non-digits'),
    (r'\s+', 'sequence of whitespace'),
    (r'\S+', 'sequence of non-whitespace'),
    (r'\w+', 'alphanumeric characters'),
    (r'\W+', 'non-alphanumeric'),
])
test_patterns(r'\d+ \D+ \s+', [(r'\\.\+', 'escape code')])
test_patterns('This is some text -- with punctuation.', [
    (r'^\w+', 'word at start of string'),
    (r'\A\w+', 'word at start of string'),
    (r'\w+\S*$', 'word near end of string'),
    (r'\w+\S*\Z', 'word near end of string'),
    (r'\w*t\w*', 'word containing t'),
    (r'\bt\w+', 't at start of word'),
    (r'\w+t\b', 't at end of word'),
    (r'\Bt\B', 't, not start or end of word'),
])

# With groups, findall gives a group or a tuple of them; unmatched groups are ''.
print(re.findall(r'(\w+)=(\d+)?', 'a=1 b= c=3'))
print(re.findall(r'(\d+)', 'room 12, floor 3'))
print(re.findall(r'x*', 'axxb'))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print(re.findall(r'\w+', 'naïve café 東京 x_1'))
print(re.findall(r'\d', '١٢3'), re.findall(rb'\w+', b'caf\xe9 au lait'))
it = re.finditer(r'\d', 'a1b2c3')
print(type(it).__name__, next(it), next(it).group(), [m.group() for m in it])
print(re.compile(r'\d').findall('a1b2c3d4', 2, 6))
