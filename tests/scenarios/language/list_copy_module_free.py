original = {'name': 'x', 'tags': ['a', 'b'], 'meta': {'n': 1}}
shallow = dict(original)
shallow2 = original.copy()
deep = {k: (v.copy() if isinstance(v, (list, dict)) else v) for k, v in original.items()}
original['tags'].append('c')
original['meta']['n'] = 2
original['name'] = 'y'
print(original)
print(shallow)
print(shallow2)
print(deep)
print(shallow['tags'] is original['tags'], deep['tags'] is original['tags'])
nums = [1, 2, 3]
alias = nums
nums = nums + [4]
print(nums, alias)
nums2 = [1, 2, 3]
alias2 = nums2
nums2 += [4]
print(nums2, alias2)
