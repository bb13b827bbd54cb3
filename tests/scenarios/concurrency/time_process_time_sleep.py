import time

c0 = time.process_time()
time.sleep(0.3)
print(round(time.process_time() - c0, 1))
