# interleave: schedule-dependent
# The classic lost update: read, give the GIL up with sleep(0), write back.
import threading, time
counter = 0
def work():
    global counter
    for _ in range(100):
        x = counter
        time.sleep(0)
        counter = x + 1
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print('updates lost:', counter < 400)
print('counter below 200:', counter < 200)
