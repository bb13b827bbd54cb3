import os

pid = os.fork()
if pid == 0:
    print("in the child")
    os._exit(3)
else:
    _, status = os.waitpid(pid, 0)
    print("child exit status:", status >> 8)
    print("exited normally:", os.WIFEXITED(status), os.WEXITSTATUS(status))
