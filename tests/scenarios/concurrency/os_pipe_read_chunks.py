# os.pipe between a forked writer and the reading parent: read(n) returns at most
# n bytes, and b'' once every write end is closed.
import os

r, w = os.pipe()
print(r, w)
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, "你好, parent\n".encode())
    os.write(w, b"second line\n")
    os.close(w)
    os._exit(0)
os.close(w)
chunks = []
while True:
    data = os.read(r, 5)
    if not data:
        break
    chunks.append(data)
print(len(chunks), b"".join(chunks).decode(), end="")
os.close(r)
_, status = os.waitpid(pid, 0)
print("child status", status)
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e)
