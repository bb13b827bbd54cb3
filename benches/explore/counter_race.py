# Two threads add one to a counter in three steps each: read, yield, write.
# A switch between a thread's read and its write loses the other's update.
import threading
import time

counter = 0

def add():
    global counter
    seen = counter
    time.sleep(0)
    counter = seen + 1

threads = [threading.Thread(target=add) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
