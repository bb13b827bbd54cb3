for c in 'Az09 ~':
    print(repr(c), ord(c), bin(ord(c)), hex(ord(c)))
print([chr(i) for i in range(97, 103)])
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
