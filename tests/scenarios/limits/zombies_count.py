# interleave: engine-limit
# Zombies count against the machine's 1,024 processes until their parent waits
# for them, as in Linux's RLIMIT_NPROC: children that exit at once but are never
# waited for still fill the table, and waiting for them frees it.
import os
n = 0
try:
    while True:
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        n += 1
except BlockingIOError as e:
    print("BlockingIOError after", n, "children:", e)
for _ in range(n):
    os.wait()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.wait()
print("fork works again")
