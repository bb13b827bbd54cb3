import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(gate.wait)
    second = ex.submit(print, "never runs")
    print("cancel pending:", second.cancel(), second.cancelled(), second.done())
    try:
        second.result()
    except CancelledError as e:
        print("result():", type(e))
    print("cancel running:", first.cancel())
    gate.set()
print(first.result(), first.cancelled())
