print("broken starts")

def helper(n):
    return {'a': 1}[n]

value = helper('b')
