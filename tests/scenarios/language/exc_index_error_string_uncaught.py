# Off-by-one loop over a string: range(len(word) + 1) indexes past the end.
print('program start')
word = 'hello'
for i in range(len(word) + 1):
    print(i, word[i])
