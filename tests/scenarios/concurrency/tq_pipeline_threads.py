import threading
import queue

raw, cooked = queue.Queue(), queue.Queue()


def stage1():
    for w in ['apple', 'kiwi', 'fig', None]:
        raw.put(w)


def stage2():
    while (w := raw.get()) is not None:
        cooked.put(w.upper())
    cooked.put(None)


threads = [threading.Thread(target=stage1), threading.Thread(target=stage2)]
for t in threads:
    t.start()
while (w := cooked.get()) is not None:
    print(w)
for t in threads:
    t.join()
