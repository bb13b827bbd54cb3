import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(5)
    os._exit(0)
os.kill(pid, 15)
_, st = os.waitpid(pid, 0)
print(os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st))
