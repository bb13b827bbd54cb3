def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case str() as s:
            return f'string {s!r}'
        case [a, b]:
            return f'pair {a},{b}'
        case [first, *rest]:
            return f'list starting {first} with {len(rest)} more'
        case {'type': 'point', 'x': px, 'y': py}:
            return f'point at {px},{py}'
        case (1, _):
            return 'unreachable for lists'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 2, -5, 'hi', [1, 2], [1, 2, 3], {'type': 'point', 'x': 3, 'y': 4, 'z': 0}, None, 4.5, []]:
    print(repr(v), '->', describe(v))
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
for p in [Pt(0, 0), Pt(0, 5), Pt(3, 3), Pt(1, 2)]:
    match p:
        case Pt(0, 0):
            print('origin')
        case Pt(0, y):
            print('on y axis at', y)
        case Pt(x, y) if x == y:
            print('diagonal', x)
        case Pt(x=x):
            print('somewhere x =', x)
