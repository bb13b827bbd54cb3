import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

with ThreadPoolExecutor(1) as ex:
    f = ex.submit(time.sleep, 0.3)
    try:
        f.result(timeout=0.05)
    except TimeoutError as e:
        print("timeout:", repr(e), TimeoutError is __builtins__.TimeoutError if False else "")
    print(f.result(), f.exception())
