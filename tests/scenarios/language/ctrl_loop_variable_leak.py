for i in range(3):
    pass
print('after loop i =', i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print('NameError:', e)
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
funcs = []
for k in range(3):
    funcs.append(lambda k=k: k)
print([f() for f in funcs])
x = 10
result = [x for x in range(3)]
print(x, result)
for idx, val in enumerate('ab'):
    val = val.upper()
print(idx, val)
lst = [1, 2, 3]
for item in lst:
    item *= 10
print(lst)
