import threading
import concurrent.futures as cf

gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.05)
    except cf.TimeoutError as e:
        print("caught", type(e), cf.TimeoutError is TimeoutError)
    gate.set()
    print(f.result(timeout=5))
