# os.wait() reaps children in the order they exit; WNOHANG does not wait.
import os
import time

pids = {}
for name, delay, code in [("slow", 0.3, 3), ("fast", 0.1, 1), ("mid", 0.2, 2)]:
    pid = os.fork()
    if pid == 0:
        time.sleep(delay)
        os._exit(code)
    pids[pid] = name

print(os.waitpid(-1, os.WNOHANG))
for _ in range(3):
    pid, status = os.wait()
    print(pids[pid], os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError:", e)
