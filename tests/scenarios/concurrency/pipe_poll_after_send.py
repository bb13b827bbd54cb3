from multiprocessing import Pipe

a, b = Pipe()
b.send("hi")
print(a.poll())
print(a.recv())
