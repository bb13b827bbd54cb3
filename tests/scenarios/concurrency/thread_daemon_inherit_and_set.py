import threading
import time


def inner_report(out):
    out.append(threading.current_thread().daemon)


def outer(out):
    t = threading.Thread(target=inner_report, args=(out,))
    t.start()
    t.join()


for flag in (False, True):
    out = []
    t = threading.Thread(target=outer, args=(out,), daemon=flag)
    t.start()
    t.join()
    print(flag, out)
print(threading.current_thread().daemon)


def forever():
    while True:
        time.sleep(0.05)


threading.Thread(target=forever, daemon=True).start()
time.sleep(0.1)
print("main exits, daemon dropped")
