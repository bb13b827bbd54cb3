import threading
import functools


def job():
    pass


class MyThread(threading.Thread):
    pass


ts = [
    threading.Thread(target=job),
    threading.Thread(target=job, name='named'),
    threading.Thread(),
    MyThread(),
    threading.Thread(target=functools.partial(job)),
    threading.Thread(target=lambda: None),
    threading.Thread(target=job, name=''),
]
for t in ts:
    print(repr(t.name))
print(threading.current_thread().name)
