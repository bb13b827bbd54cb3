import os

r, w = os.pipe()
if os.fork() == 0:
    os.close(r)
    os.write(w, "来自子进程".encode())
    os._exit(0)
os.close(w)
print(os.read(r, 100).decode())
os.wait()
