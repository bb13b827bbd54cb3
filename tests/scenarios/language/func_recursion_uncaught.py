# Unbounded recursion: CPython collapses the repeated frames.
print('program start')
def walk(node):
    return walk(node + 1)
print('start')
walk(0)
