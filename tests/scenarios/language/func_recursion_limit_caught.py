import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)
def count_down(n):
    if n == 0:
        return 'done'
    return count_down(n - 1)
print(count_down(500))
print(sys.getrecursionlimit())
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
