from concurrent.futures import ThreadPoolExecutor
import threading

log = []
lock = threading.Lock()


def note(f):
    with lock:
        log.append(f.result())


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(5)]
    for f in fs:
        f.add_done_callback(note)
print(sorted(log))
fs[0].add_done_callback(lambda f: print("added after done: runs at once", f.result()))
