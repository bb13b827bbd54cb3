# __del__ runs the moment the last reference goes, as CPython's reference counting
# frees the object: del, rebinding a name, a temporary, items of a dying container.
class Resource:
    def __init__(self, name):
        self.name = name
        print('open', name)

    def __del__(self):
        print('close', self.name)


r = Resource('a')
del r
print('after del')

r = Resource('b')
r = Resource('c')          # b goes when the name is rebound
print('after rebinding')
r = None

Resource('temporary')
print('after a temporary')
print(Resource('argument').name)
print('after a call')

alias = Resource('shared')
other = alias
del alias
print('one name left')
del other
print('none left')

files = [Resource('f1'), Resource('f2'), Resource('f3')]
del files                  # a list lets go of its items from the last
print('after the list')
pair = (Resource('t1'), Resource('t2'))
pair = ()
table = {'x': Resource('d1'), 'y': Resource('d2')}
table = {}                 # a dict in insertion order
print('after the dict')

stack = [Resource('s1'), Resource('s2'), Resource('s3')]
stack.pop()
print('popped')
stack.pop(0)
print('popped the first')
stack.clear()
print('cleared')
cache = {'k': Resource('cached'), 'j': Resource('kept')}
del cache['k']
print('deleted a key')
cache['j'] = 'replaced'
print('replaced a value')


class Holder:
    pass


h = Holder()
h.res = Resource('attribute')
h.res = Resource('attribute 2')
print('attribute rebound')
del h.res
print('attribute deleted')
for i in range(3):
    last = Resource('loop %d' % i)
print('loop done')
