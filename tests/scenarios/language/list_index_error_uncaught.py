# Negative index past the start of a short list.
print('program start')
def last_three(items):
    return [items[-1], items[-2], items[-3]]
print(last_three([1, 2, 3, 4]))
print(last_three(['a', 'b']))
