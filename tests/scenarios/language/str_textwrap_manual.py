text = 'The quick brown fox jumps over the lazy dog and keeps running far away'
width = 20
lines = []
cur = ''
for word in text.split():
    if cur and len(cur) + 1 + len(word) > width:
        lines.append(cur)
        cur = word
    else:
        cur = cur + ' ' + word if cur else word
lines.append(cur)
for ln in lines:
    print('|' + ln.ljust(width) + '|')
print(max(len(l) for l in lines), len(lines))
table = [('name', 'qty'), ('apple', 3), ('kiwi', 12)]
for a, b in table:
    print(f'{a:<8}{b:>5}')
