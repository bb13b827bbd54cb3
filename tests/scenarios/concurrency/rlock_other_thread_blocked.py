import threading

r = threading.RLock()
r.acquire()
r.acquire()
result = {}


def try_it():
    result['acquire'] = r.acquire(timeout=0.05)
    try:
        r.release()
    except RuntimeError as e:
        result['release'] = str(e)


t = threading.Thread(target=try_it)
t.start()
t.join()
print(result)
r.release()
r.release()
t2 = threading.Thread(target=lambda: result.update(second=r.acquire(False)))
t2.start()
t2.join()
print(result['second'])
