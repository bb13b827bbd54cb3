import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError, wait, FIRST_COMPLETED, ALL_COMPLETED


def nap(t):
    time.sleep(t)
    return t


with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(nap, t) for t in (0.05, 0.5, 0.6)]
    try:
        for f in as_completed(fs, timeout=0.2):
            print("done", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(pending))
    done, pending = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), pending)
