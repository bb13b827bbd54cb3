import os

pids = []
for code in (0, 3, 7):
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    pids.append(pid)

for pid in pids:
    got, status = os.waitpid(pid, 0)
    print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), status)
try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError:", e)
