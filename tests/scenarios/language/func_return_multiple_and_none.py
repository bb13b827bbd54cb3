def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 9, 6])
print(lo, hi, avg, stats([1]))
def nothing():
    pass
def early(x):
    if x < 0:
        return
    return x * 2
print(nothing(), early(-1), early(4))
def side_effect(lst):
    lst.append('added')
r = side_effect([])
print(r)
def returns_in_loop(items):
    for i in items:
        if i > 2:
            return i
    return 'none over 2'
print(returns_in_loop([1, 5, 3]), returns_in_loop([1]))
result = print('print returns')
print(result)
