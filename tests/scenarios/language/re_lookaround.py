# Lookahead and lookbehind (PyMOTW-3's self-referencing and look-around examples),
# atomic groups and possessive quantifiers (new in 3.11), and backtracking order.
import re

# A password rule as lookaheads: each must hold somewhere ahead of the start.
strong = re.compile(r'^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$')
for pw in ['abc', 'abcdefgh', 'abcdEFG1', 'ABCDEFG12', 'Passw0rdX']:
    print(pw, bool(strong.match(pw)))

# Twitter handles not inside an e-mail address.
twitter = re.compile(r'''
    (?<=@)
    ([\w\d_]+)
    ''', re.VERBOSE)
print(twitter.findall('This text includes two Twitter handles. One for @ThePSF, and one for the author, @doughellmann.'))
print(re.findall(r'(?<![\w.])@(\w+)', 'mail me at x@y.org or ping @dev and @ops'))

# Prices not followed by a percent sign, numbers preceded by a dollar.
print(re.findall(r'\d+(?!\d|%)', '20% off 35 items, 5% more for 100'))
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'costs $5.99 or $12, not 7'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', 'pay 1234567 or 89012'))

# Lookarounds capture, but a negative one never does.
m = re.search(r'(?=(\w+))\w', 'hello')
print(m.group(), m.groups())
print(re.match(r'(?!(a)b)\w+', 'ac').groups(), re.search(r'(?<=(a))b', 'ab').groups())

# Leftmost alternative first, not longest; the engine backtracks for fullmatch.
print(re.match(r'a|ab', 'abc').group(), re.fullmatch(r'a|ab', 'ab').group())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group())

# Atomic groups and possessive quantifiers never give back what they took.
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'))
print(re.match(r'a++b', 'aaab'), re.match(r'a*+a', 'aaa'), re.match(r'(?:ab)?+ab', 'abab'))
print(re.fullmatch(r'"(?:[^"\\]++|\\.)*+"', r'"say \"hi\""'))
print(re.findall(r'\d++(?!\.)', '12.5 and 7'), re.findall(r'\d+(?!\.)', '12.5 and 7'))

# $ matches before a final newline; \Z only at the very end.
print(re.search(r'end$', 'the end\n'), re.search(r'end\Z', 'the end\n'))
print(re.findall(r'^\w+$', 'one\ntwo\nthree\n', re.MULTILINE), re.findall(r'\w+$', 'one\ntwo\n'))
print(re.sub(r'$', '!', 'a\nb\n'), re.sub(r'(?m)$', '!', 'a\nb\n'), re.sub(r'(?m)^', '> ', 'a\nb\n'))
