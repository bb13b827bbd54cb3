# time.sleep(0) gives the core up and returns None, like every sleep.
import time
for i in range(3):
    time.sleep(0)
print(time.sleep(0), time.sleep(1e-10), time.sleep(0.0))
total = 0
for i in range(5):
    time.sleep(0)
    total += i
print('total', total)
