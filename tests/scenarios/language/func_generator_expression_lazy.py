def noisy(n):
    print('produce', n)
    return n
g = (noisy(i) for i in range(3))
print('generator made')
for v in g:
    print('consume', v)
print(list(g))
nums = [1, 2, 3]
ge = (x * 10 for x in nums)
nums.append(4)
print(list(ge))
lc = [x * 10 for x in nums]
nums.append(5)
print(lc)
print(sum(x for x in range(1000000) if x % 99999 == 0))
gen = (c for c in 'abc')
print(next(gen), 'b' in gen, list(gen))
