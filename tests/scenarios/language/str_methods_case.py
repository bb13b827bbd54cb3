words = ['hello world', 'HELLO', "they're bill's friends", 'ß straße', 'mIxEd CaSe', '3rd place']
for w in words:
    print(w.upper(), '|', w.lower(), '|', w.title(), '|', w.capitalize(), '|', w.swapcase())
print('Straße'.casefold(), 'ǅ'.lower(), 'ǅ'.upper())
print('abc'.upper().isupper(), 'Abc'.istitle(), 'ABC'.islower())
