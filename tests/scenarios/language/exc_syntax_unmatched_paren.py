# Bracket never closed; the error points at the opening bracket.
print('this line never runs: the file does not compile')
values = [1, 2, 3
total = sum(values)
print(total)
