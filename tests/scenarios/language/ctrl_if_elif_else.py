def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    else:
        return 'F'
for s in [95, 90, 85, 72, 10, 100]:
    print(s, grade(s))
x = 0
if x:
    print('truthy')
elif x == 0:
    print('zero')
if not []:
    print('empty list is falsy')
if 'a' in 'cat' and len('cat') == 3 or False:
    print('compound ok')
n = 15
if n % 3 == 0:
    if n % 5 == 0:
        print('divisible by 15')
    else:
        print('by 3 only')
if (y := n * 2) > 20: print('inline if', y)
