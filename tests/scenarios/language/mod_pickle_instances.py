# Instances of the program's classes pickle as CPython's object.__reduce_ex__
# makes them (the class by reference, then its __dict__), with __getstate__,
# __setstate__, __reduce__, __getnewargs__, slots and subclasses of list and dict;
# functions and classes travel by module and qualified name.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Empty:
    pass


class Cache:
    def __init__(self):
        self.name = 'c'
        self.cache = {'expensive': 1}

    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        for key, value in state.items():
            setattr(self, key, value)
        self.cache = {}
        print('  __setstate__ got', state)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))

    def __repr__(self):
        return f"Money({self.cents})"


class Pair:
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.args = (a, b)
        return self

    def __getnewargs__(self):
        return self.args


class Tags(list):
    pass


class Config(dict):
    pass


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class Outer:
    class Inner:
        pass


def helper(n):
    return n * 2


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def __repr__(self):
        return f"Node({self.value!r})"


root = Node('root')
leaf = Node('leaf')
leaf.parent = root
root.children.append(leaf)

cases = [
    ('point', Point(1, 2)), ('empty', Empty()), ('cache', Cache()), ('money', Money(250)),
    ('pair', Pair(3, 4)), ('tags', Tags(['a', 'b'])), ('config', Config(debug=True)),
    ('slotted', Slotted()), ('inner class', Outer.Inner), ('function', helper),
    ('class', Point), ('points', [Point(0, 0), Point(5, 6)]), ('tree', root),
]

for name, value in cases:
    for proto in (0, 2, 4):
        try:
            data = pickle.dumps(value, proto)
        except Exception as e:
            print(name, proto, type(e).__name__, e)
            continue
        print(name, proto, data)
        back = pickle.loads(data)
    if isinstance(back, Slotted):
        print('  back: Slotted', back.a, hasattr(back, 'b'))
    else:
        print('  back:', type(back).__name__, getattr(back, '__dict__', back) if not isinstance(back, type) else back)

tree = pickle.loads(pickle.dumps(root))
print(tree.children[0].parent is tree, tree.children[0].value)
print(pickle.loads(pickle.dumps(helper))(21))
pair = pickle.loads(pickle.dumps(Pair(7, 8)))
print(pair.args)
both = pickle.loads(pickle.dumps([leaf, leaf]))
print(both[0] is both[1])
