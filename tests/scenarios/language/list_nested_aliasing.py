row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, [2, 3]]
b = a
c = a[:]
d = [a[0], list(a[1])]
a[0] = 99
a[1].append(4)
print(a, b, c, d)
e = list(a)
e[1].append(5)
print(a, e, a[1] is e[1])
def add_item(lst, item):
    lst.append(item)
    lst = ['new']
    return lst
orig = [1]
r = add_item(orig, 2)
print(orig, r)
