# from m import x where the module's __getattr__ waits
import threading, time, sys, types
lock = threading.Lock()
m = types.ModuleType("m")
def ga(name):
    with lock:
        return name.upper()
m.__getattr__ = ga
sys.modules["m"] = m
def worker():
    from m import hello
    print(hello)
lock.acquire()
t = threading.Thread(target=worker); t.start()
time.sleep(0.1); print("releasing"); lock.release(); t.join()
