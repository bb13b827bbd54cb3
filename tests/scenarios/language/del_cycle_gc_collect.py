# Reference counting cannot free a cycle: its __del__ waits for the cycle collector,
# gc.collect(), which returns how many unreachable objects it found.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print('del', self.name)


a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('the cycle is unreachable but alive')
print('collected', gc.collect())
print('collected again', gc.collect())

me = Node('self')
me.other = me
me = None
lst = [1, 2]
lst.append(lst)
del lst
print('collected', gc.collect())

chain = Node('head')
chain.other = Node('tail')
chain = None
print('a chain needs no collector')
print('collected', gc.collect())
print(gc.isenabled())
