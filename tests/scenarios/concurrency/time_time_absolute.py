import time

t = time.time()
print(t > 1.6e9, type(t).__name__)
time.sleep(0)
print(isinstance(time.perf_counter(), float), time.monotonic() > 0)
