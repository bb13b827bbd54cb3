from multiprocessing import Pipe

a, b = Pipe()
a.send('last words')
a.close()
print(b.recv())
try:
    b.recv()
except EOFError as e:
    print("EOFError", repr(e))
