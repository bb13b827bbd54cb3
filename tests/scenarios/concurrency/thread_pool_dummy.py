# multiprocessing.dummy's Pool (and multiprocessing.pool.ThreadPool): the Pool API
# over threads, so tasks share the process's memory.
import time
from multiprocessing.dummy import Pool as ThreadPool, Process, current_process
from multiprocessing.pool import ThreadPool as ThreadPool2

seen = []


def fetch(url):
    time.sleep(0.1)
    seen.append(url)
    return len(url)


with ThreadPool(4) as pool:
    print(pool.map(fetch, ["a.com", "bb.org", "ccc.net"]))
    print(pool.apply(fetch, ("dddd.cn",)))
print(sorted(seen))
pool = ThreadPool2(2)
print(sorted(pool.imap_unordered(fetch, ["x", "yy"])))
pool.close()
pool.join()
print(len(seen), current_process().name)
p = Process(target=fetch, args=("e",))
print(p.exitcode)
p.start()
p.join()
print(p.exitcode, len(seen))
