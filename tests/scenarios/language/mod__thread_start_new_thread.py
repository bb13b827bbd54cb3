# _thread, the module under threading: start_new_thread with a lock allocated
# by allocate_lock as the signal that the worker is done.
import _thread
import time

done = _thread.allocate_lock()
results = []


def worker(name, count, *, step=1):
    for i in range(0, count, step):
        results.append((name, i))
    results.append(('ident differs', _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
print(type(done).__name__, isinstance(done, _thread.LockType), done.locked())
done.acquire()
ident = _thread.start_new_thread(worker, ('w', 6), {'step': 2})
print(type(ident).__name__)
inner = _thread.allocate_lock()
with inner:
    print('inner held:', inner.locked())
done.acquire()
print(results)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 0)
try:
    _thread.start_new_thread(worker, ['not', 'a tuple'])
except TypeError as e:
    print('TypeError:', e)
try:
    done.release()
    done.release()
except RuntimeError as e:
    print('RuntimeError:', e)
