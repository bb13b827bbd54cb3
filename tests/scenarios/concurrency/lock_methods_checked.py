# threading.Lock's methods check their arguments as CPython's C methods do, and
# with-blocks, acquire/release and locked() agree on the lock's state.
import threading

lock = threading.Lock()
calls = [
    "lock.acquire(1, 2, 3)",
    "lock.acquire(foo=1)",
    "lock.acquire(timeout='x')",
    "lock.acquire(1.5)",
    "lock.acquire(None)",
    "lock.acquire(timeout=float('nan'))",
    "lock.acquire(timeout=1e10)",
    "lock.acquire(blocking=0)",
    "lock.acquire(timeout=True)",
    "lock.acquire(True, -1.0)",
    "lock.acquire(2)",
    "lock.release(1)",
    "lock.locked(1)",
    "lock.release()",
    "lock.__exit__(None, None, None)",
    "lock.__enter__()",
    "lock.acquire(False)",
    "lock.acquire(timeout=0.01)",
]
for call in calls:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
    if call != "lock.__enter__()" and lock.locked():
        lock.release()
print('held:', lock.locked())

with lock:
    print('inside:', lock.locked())
print('after:', lock.locked())
try:
    with lock:
        raise KeyError('boom')
except KeyError as e:
    print('caught', repr(e), 'held:', lock.locked())
print(lock.acquire_lock(), lock.locked())
lock.release_lock()
print(lock.locked())
