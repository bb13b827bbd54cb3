import threading
import multiprocessing as mp

for ev in (threading.Event(), mp.Event()):
    print(type(ev).__name__, ev.is_set(), ev.wait(0.02))
    ev.set()
    print(ev.is_set(), ev.wait(), ev.wait(0))
    ev.set()
    ev.clear()
    print(ev.is_set(), ev.wait(timeout=0.02))
