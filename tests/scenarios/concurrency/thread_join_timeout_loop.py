import threading
import time


def slow():
    time.sleep(0.35)


t = threading.Thread(target=slow)
t.start()
checks = 0
while True:
    t.join(timeout=0.1)
    checks += 1
    if not t.is_alive():
        break
print("checks:", checks)
