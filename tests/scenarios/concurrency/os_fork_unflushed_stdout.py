import os

print("hello", end=" ")
pid = os.fork()
if pid == 0:
    print("from child")
    os._exit(0)
os.waitpid(pid, 0)
print("from parent")
