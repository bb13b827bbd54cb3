import threading

lock = threading.Lock()
lock.acquire()
log = []


def waiter():
    with lock:
        log.append("waiter got the lock")


t = threading.Thread(target=waiter)
t.start()
log.append("main releases")
lock.release()
t.join()
print(log)
