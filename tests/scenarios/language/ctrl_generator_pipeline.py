def read_lines():
    data = ['10', 'x', '20', '', '30', '-5']
    for line in data:
        print('  read', repr(line))
        yield line
def parse(lines):
    for line in lines:
        if line.lstrip('-').isdigit():
            yield int(line)
def positive(nums):
    return (n for n in nums if n > 0)
pipeline = positive(parse(read_lines()))
print('pipeline created')
print('first:', next(pipeline))
print('rest:', list(pipeline))
print(sum(x * x for x in range(4)))
squares = (x * x for x in range(5))
print(3 in squares, list(squares))
