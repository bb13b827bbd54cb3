from multiprocessing import Pipe

a, b = Pipe()
with a:
    a.send('in with')
    print(b.recv())
print("a.closed:", a.closed, "b.closed:", b.closed)
b.close()
print("b.closed:", b.closed)
