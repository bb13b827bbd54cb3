# now(), today() and utcnow() follow the clock: a worker's elapsed time measured
# with datetime, printed only as facts that hold on any run.
import time
import threading
from datetime import datetime, date, timedelta, timezone

start = datetime.now()
print(type(start).__name__, start.tzinfo, date.today() == start.date())
print(datetime.now(timezone.utc).tzinfo, datetime.utcnow().tzinfo)
print(abs(datetime.now().timestamp() - time.time()) < 1)


def worker(results):
    began = datetime.now()
    time.sleep(0.3)
    results.append(datetime.now() - began)


results = []
t = threading.Thread(target=worker, args=(results,))
t.start()
t.join()
elapsed = datetime.now() - start
print(type(results[0]).__name__, results[0] >= timedelta(seconds=0.3), results[0] < timedelta(seconds=5))
print(elapsed >= results[0], elapsed.days, round(elapsed.total_seconds(), 0))
deadline = start + timedelta(seconds=10)
print('before deadline:', datetime.now() < deadline)
