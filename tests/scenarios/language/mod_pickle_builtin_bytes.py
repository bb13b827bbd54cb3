# pickle.dumps gives CPython's exact bytes for the built-in types at every protocol,
# and loads gives the values back.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

shared = [1, 2]
looped = []
looped.append(looped)
selfish = {}
selfish['me'] = selfish
holder = ([],)
holder[0].append(holder)

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, 2**31,
    -2**31, -2**31 - 1, 2**63, -2**63, 2**100, -2**100, 10**80, -(10**80),
    0.0, -0.0, 1.5, 1e100, 3.141592653589793, float('inf'), 1e-300,
    '', 'a', 'héllo', '日本語', 'x' * 300, 'line\nbreak\\back\r\x00\x1a', '😀',
    b'', b'abc', bytes(range(256)), bytearray(), bytearray(b'abc'),
    (), (1,), (1, 'two'), (1, 2, 3), (1, 2, 3, 4), ((),),
    [], [1], [1, 2], list(range(300)),
    {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, {i: i * i for i in range(30)},
    set(), {1}, {3, 1, 2}, set(range(40)), frozenset(), frozenset({1, 2}),
    [shared, shared], (shared, shared), looped, selfish, holder,
    {'nested': {'deep': [1, (2, 3), {4}]}}, {(1, 2): 'key', 3.5: None, None: True},
    range(1, 10, 2), slice(1, 2, None), ..., NotImplemented, type(None),
    len, print, ValueError('bad', 1), KeyError('k'),
]

for i, v in enumerate(values):
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        if len(data) > 160:
            print(i, proto, len(data), data[:60], data[-30:])
        else:
            print(i, proto, data)
    r = repr(back)
    print('   ', r if len(r) < 100 else r[:100] + '...')
