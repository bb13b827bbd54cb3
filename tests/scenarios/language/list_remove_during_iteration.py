nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print('buggy:', nums)
nums = [1, 2, 2, 3, 4, 4, 5]
nums = [n for n in nums if n % 2 != 0]
print('fixed:', nums)
nums = [1, 2, 2, 3, 4, 4, 5]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 2 == 0:
        del nums[i]
print('reverse delete:', nums)
items = [10, 20, 30]
for i, v in enumerate(items):
    items[i] = v + 1
print(items)
