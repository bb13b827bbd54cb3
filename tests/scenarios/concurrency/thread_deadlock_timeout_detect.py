import threading
import time

a = threading.Lock()
b = threading.Lock()
log = []


def first():
    with a:
        time.sleep(0.1)
        if b.acquire(timeout=0.3):
            b.release()
            log.append("first got both")
        else:
            log.append("first gave up")


def second():
    with b:
        time.sleep(0.1)
        if a.acquire(timeout=0.6):
            a.release()
            log.append("second got both")
        else:
            log.append("second gave up")


ts = [threading.Thread(target=first), threading.Thread(target=second)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
