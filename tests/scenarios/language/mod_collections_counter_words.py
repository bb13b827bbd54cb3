from collections import Counter
text = 'to be or not to be that is the question to be'
c = Counter(text.split())
print(c.most_common(3))
for word, n in c.most_common():
    if n > 1:
        print(f'{word:>4}: {"#" * n}')
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5))
print(sorted(letters.items())[:5])
inventory = Counter(apple=3, pear=1)
inventory.subtract({'apple': 1, 'pear': 2})
print(inventory, +inventory, -inventory)
print(Counter('abc') == Counter('cba'), list(Counter('aabbbc').elements()))
