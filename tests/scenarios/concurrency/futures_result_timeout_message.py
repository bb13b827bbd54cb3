import time
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(1) as ex:
    f = ex.submit(time.sleep, 0.3)
    try:
        f.result(timeout=0.05)
    except concurrent.futures.TimeoutError as e:
        print("timeout:", repr(e), e.__class__.__name__, concurrent.futures.TimeoutError is TimeoutError)
    print(f.result(), f.exception())
