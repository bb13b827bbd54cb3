s = 'stressed'
print(''.join(reversed(s)))
out = ''
for ch in s:
    if ch not in out:
        out += ch
print(out)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c.upper() for c in 'abc'], list('xyz'), tuple('ab'))
for i, ch in enumerate('abc', 1):
    print(i, ch)
print(''.join(c for c in 'a1b2c3' if c.isdigit()))
words = 'the quick brown fox'.split()
print(' '.join(w.capitalize() for w in words))
print(' '.join(w[::-1] for w in words))
print(sorted('hello'), ''.join(sorted('hello')))
print(str.upper('x'), str.join('-', 'ab'))
