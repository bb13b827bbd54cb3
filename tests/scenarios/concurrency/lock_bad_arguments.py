import threading

lock = threading.Lock()
for args, kwargs in [((False, 1), {}), ((), {'timeout': -2}), ((True, -1), {})]:
    try:
        print(args, kwargs, '->', lock.acquire(*args, **kwargs))
        lock.release()
    except ValueError as e:
        print(args, kwargs, '-> ValueError:', e)
