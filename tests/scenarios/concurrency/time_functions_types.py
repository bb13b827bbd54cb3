import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.25)
print(round(time.time() - t0, 1), round(time.perf_counter() - p0, 1), round(time.monotonic() - m0, 1))
print(round(time.process_time() - c0, 1))
print(type(time.time_ns()).__name__, time.time_ns() > 10**18)
lt = time.localtime(0)
print(type(lt).__name__, time.strftime("%Y", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
print(time.strftime("%H:%M:%S", time.gmtime(3661)))
