import threading
from concurrent.futures import ThreadPoolExecutor, Future

log = []


def cb(f):
    log.append(("cb", f.result(), threading.current_thread().name == "MainThread"))


f = Future()
f.add_done_callback(cb)
print(f.done(), f.running(), f.set_running_or_notify_cancel())
f.set_result(5)
f.add_done_callback(cb)
print(log)
g = Future()
g.set_exception(ValueError("bad"))
print(g.done(), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("raised", e)
