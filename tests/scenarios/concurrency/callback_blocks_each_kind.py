# Every kind of callback from native code may block (here: sleep): str/repr/format
# of instances, % and f-strings, __eq__/__hash__ in dicts, sets and lists, sort
# comparisons and key functions, min/max, __len__/__bool__/__index__/__iter__, map,
# filter, reduce, generators drained by sorted/join/dict/set/zip, json's default.
import threading, time, multiprocessing as mp
lock = mp.Lock()
class T:
    def __init__(self, n): self.n = n
    def __str__(self):
        with lock:
            time.sleep(0.01)
            return f'T{self.n}'
    def __repr__(self):
        time.sleep(0.01)
        return f'R{self.n}'
    def __format__(self, spec):
        time.sleep(0.01)
        return 'F' + spec
    def __eq__(self, o):
        time.sleep(0.01)
        return isinstance(o, T) and o.n == self.n
    def __hash__(self):
        time.sleep(0.01)
        return self.n
    def __lt__(self, o):
        time.sleep(0.001)
        return self.n < o.n
    def __len__(self):
        time.sleep(0.001); return 3
    def __iter__(self):
        time.sleep(0.001); return iter([1,2])
    def __bool__(self):
        time.sleep(0.001); return True
    def __index__(self):
        time.sleep(0.001); return 1
t = T(1)
tests = {
 'print': lambda: print(t),
 'str': lambda: str(t),
 'fstr': lambda: f'{t}',
 'fstr_r': lambda: f'{t!r}',
 'fmt': lambda: '{}'.format(t),
 'fmt_spec': lambda: '{:x}'.format(t),
 'format': lambda: format(t, 'y'),
 'pct': lambda: '%s %r' % (t, t),
 'repr_list': lambda: repr([t, t]),
 'print_list': lambda: print([t]),
 'str_join': lambda: ' '.join(str(x) for x in [t]),
 'dict_set': lambda: {t: 1}[T(1)],
 'set_in': lambda: T(1) in {t},
 'list_in': lambda: T(1) in [t],
 'list_index': lambda: [T(2), t].index(T(1)),
 'list_count': lambda: [t, t].count(T(1)),
 'list_remove': lambda: [t].remove(T(1)),
 'eq_list': lambda: [t] == [T(1)],
 'sorted': lambda: sorted([T(3), T(1), T(2)]),
 'sorted_key': lambda: sorted([3,1,2], key=lambda x: (time.sleep(0.001), x)[1]),
 'min': lambda: min([T(3), T(1)]),
 'max_key': lambda: max([3,1], key=lambda x: (time.sleep(0.001), x)[1]),
 'len': lambda: len(t),
 'list': lambda: list(t),
 'bool': lambda: bool(t),
 'if': lambda: 1 if t else 0,
 'range': lambda: range(t),
 'tuple_eq': lambda: (t,) == (T(1),),
 'dict_get': lambda: {t: 1}.get(T(1)),
 'map': lambda: list(map(lambda x: (time.sleep(0.001), x)[1], [1, 2])),
 'filter': lambda: list(filter(lambda x: (time.sleep(0.001), x)[1], [1, 2])),
 'any': lambda: any(map(lambda x: (time.sleep(0.001), x)[1], [0, 1])),
 'sum_gen': lambda: sum(x for x in [time.sleep(0.001) or 1]),
 'functools_reduce': lambda: __import__('functools').reduce(lambda a, b: (time.sleep(0.001), a + b)[1], [1, 2, 3]),
 'dict_comp_key': lambda: dict.fromkeys([t]),
 'setdefault': lambda: {}.setdefault(t, 1),
 'hash': lambda: hash(t),
 'json': lambda: __import__('json').dumps({'a': 1}, default=lambda o: (time.sleep(0.001), 1)[1]),
 'sorted_lt_key': lambda: sorted([1,2], key=lambda x: T(x)),
}
for name, f in tests.items():
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, 'ERR', type(e).__name__, e)
