from multiprocessing import Process
from threading import Thread

items = []


def add(tag):
    items.append(tag)
    print(tag, "sees", items)


if __name__ == '__main__':
    p = Process(target=add, args=("process",))
    p.start()
    p.join()
    print("after process:", items)
    t = Thread(target=add, args=("thread",))
    t.start()
    t.join()
    print("after thread:", items)
