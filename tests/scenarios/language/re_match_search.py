# re's first lessons, after PyMOTW-3: a literal found in text, match against search and
# fullmatch, where a Match object starts and ends, and what it looks like.
import re

pattern = 'this'
text = 'Does this text match the pattern?'
match = re.search(pattern, text)
s = match.start()
e = match.end()
print('Found "{}"\nin "{}"\nfrom {} to {} ("{}")'.format(match.re.pattern, match.string, s, e, text[s:e]))

text = 'This is some text -- with punctuation.'
pattern = 'is'
print('Text   :', text)
print('Pattern:', pattern)
m = re.match(pattern, text)
print('Match  :', m)
s = re.search(pattern, text)
print('Search :', s)

# fullmatch needs the whole string; match only its start.
for candidate in ['2024-05-01', '2024-05-01x', 'x2024-05-01']:
    print(candidate, bool(re.fullmatch(r'\d{4}-\d\d-\d\d', candidate)),
          bool(re.match(r'\d{4}-\d\d-\d\d', candidate)), bool(re.search(r'\d{4}-\d\d-\d\d', candidate)))

# A compiled pattern searches a slice of the string without copying it.
regexes = [re.compile(p) for p in ['this', 'that']]
text = 'Does this text match the pattern?'
print('Text: {!r}\n'.format(text))
for regex in regexes:
    print('Seeking "{}" ->'.format(regex.pattern), end=' ')
    if regex.search(text):
        print('match!')
    else:
        print('no match')

pattern = re.compile(r'\b\w*is\w*\b')
text = 'This is some text -- with punctuation.'
pos = 0
while True:
    match = pattern.search(text, pos)
    if not match:
        break
    s = match.start()
    e = match.end()
    print('  {:>2d} : {:>2d} = "{}"'.format(s, e - 1, text[s:e]))
    pos = e

m = re.compile('o').match('dog', 1)
print(m, m.pos, m.endpos, re.compile('^o').search('dog', 1), re.compile('g$').search('dog', 0, 2))
print(re.match('a', 'b') is None, bool(re.match('', 'b')), re.match('x*', 'b'))
print(repr(re.search(r'\d+', 'order 66 executed')))
print(re.search('.{60}', 'z' * 70))
