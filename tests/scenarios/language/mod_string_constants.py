import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), string.printable[:20])
print(string.capwords('the  quick brown-fox'))
alphabet = string.ascii_lowercase
print(alphabet.index('q'), alphabet[::5], alphabet[-3:].upper())
shift = str.maketrans(alphabet, alphabet[3:] + alphabet[:3])
print('attack at dawn'.translate(shift))
print(all(c in string.hexdigits for c in 'DeadBeef'), any(c in string.punctuation for c in 'hello!'))
print(sorted(set('Hello, World!') & set(string.punctuation)))
