# CPython 3.11 switches threads only where it checks its eval breaker: backward
# jumps, calls of built-ins, function entry. `counter += 1` has none of them
# inside, so four threads adding 300,000 each always reach 1,200,000: the race
# needs a switch point between the read and the write (see the sleep(0) demos).
import threading

counter = 0

def work():
    global counter
    for _ in range(300_000):
        counter += 1

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
