# What CPython's pickle raises: local and lambda functions, objects it cannot
# pickle, and pickles that are cut short or not pickles at all.
import pickle
import threading


def outer():
    def inner():
        pass
    return inner


def show(e):
    print(f"{type(e).__module__}.{type(e).__name__}: {e}")


square = lambda n: n * n
for obj in [outer(), square, threading.Lock(), threading.RLock(), (x for x in []), pickle]:
    try:
        pickle.dumps(obj)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {str(e).replace(hex(id(obj)), 'ADDR')}")

print(pickle.PicklingError.__module__, issubclass(pickle.PicklingError, pickle.PickleError))

bad = [b'', b'\x80\x04K', b'xyz', b'\x00', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01',
       b'\x80\x09N.', b'K\x01', b'(K\x01', b'0', b'.', b'h\x05.',
       b'\x80\x04\x8c\x08nomodule\x8c\x01x\x93.',
       b'\x80\x04\x8c\x03abc\x8c\x03def.']
for data in bad:
    try:
        print('loaded', repr(pickle.loads(data)))
    except Exception as e:
        show(e)

try:
    pickle.loads('text')
except TypeError as e:
    show(e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    show(e)

try:
    pickle.dumps(outer())
except AttributeError as e:
    print('local:', e)
try:
    pickle.dumps(square)
except pickle.PicklingError as e:
    print('caught as pickle.PicklingError')

try:
    pickle.loads(b'\x80\x04\x8c\x08__main__\x8c\x07missing\x93.')
except AttributeError as e:
    print(str(e).split(' from ')[0])
