import threading

print(threading.currentThread().name)
print(threading.activeCount())
