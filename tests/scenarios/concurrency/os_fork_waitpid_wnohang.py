import os
import sys
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    sys.exit(4)
print("immediately:", os.waitpid(pid, os.WNOHANG))
time.sleep(0.4)
wpid, st = os.waitpid(pid, os.WNOHANG)
print("later reaped:", wpid == pid, "code:", os.WEXITSTATUS(st), os.WIFSIGNALED(st))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("ChildProcessError:", e)
