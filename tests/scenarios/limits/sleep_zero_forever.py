# interleave: engine-limit
# interleave: max-events 100000
# A loop of cheap syscalls runs few instructions: the kernel's own count of events stops it.
import time
n = 0
while True:
    time.sleep(0)
    n += 1
