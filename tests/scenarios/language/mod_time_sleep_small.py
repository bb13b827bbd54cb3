import time
print('start')
time.sleep(0.01)
print('after sleep')
for i in range(3):
    time.sleep(0.001)
    print('tick', i)
t0 = time.time()
t1 = time.time()
print(t1 >= t0, type(t0).__name__)
p0 = time.perf_counter()
print(time.perf_counter() - p0 >= 0)
print(type(time.monotonic()).__name__)
