import threading
import time
from concurrent.futures import ThreadPoolExecutor


def name(_):
    time.sleep(0.05)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3) as ex:
    print(sorted(set(ex.map(name, range(6)))))
with ThreadPoolExecutor(2, thread_name_prefix="下载") as ex:
    print(sorted(set(ex.map(name, range(4)))))
ex = ThreadPoolExecutor()
import os
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
