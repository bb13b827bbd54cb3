import time

try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
time.sleep(0)
print("sleep(0) ok")
