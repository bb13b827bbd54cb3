import os

pid = os.fork()
if pid == 0:
    os._exit(2)
wpid, status = os.wait()
print(wpid == pid, os.WEXITSTATUS(status))
