import os
import time
import sys

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"child ppid ok: " + str(os.getppid() != os.getpid()).encode())
    os.close(w)
    sys.exit(4)
os.close(w)
data = os.read(r, 100)
print(data.decode())
time.sleep(0.2)
wpid, st = os.waitpid(pid, os.WNOHANG)
print("reaped:", wpid == pid, "code:", os.WEXITSTATUS(st))
