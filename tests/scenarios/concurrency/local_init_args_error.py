import threading

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
loc = threading.local()
loc.a = 1
print(loc.__dict__)
del loc.a
print(loc.__dict__)
