# Built-in functions name their module (time.sleep.__module__ is 'time'), so a
# pool's worker finds them again by name, as pickle does in CPython; map and
# filter objects and a Condition print as CPython's.
import multiprocessing
import time
import pickle

print(time.sleep.__module__, len.__module__, time.sleep.__qualname__)
print(pickle.dumps(time.sleep))
print(pickle.loads(pickle.dumps(time.monotonic)) is time.monotonic)
print(repr(map(lambda x: x, [1])).split(' at ')[0], repr(filter(None, [1])).split(' at ')[0])
print(repr(filter(lambda x: x, [1])).split(' at ')[0], type(map(lambda x: x, [])))

if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        print(pool.apply_async(time.sleep, (0.1,)).get())
        print(pool.apply_async(len, ([1, 2, 3],)).get())
        print(pool.map(abs, [-1, -2]))
    c = multiprocessing.Condition()
    print(c)
    with c:
        print(c)
