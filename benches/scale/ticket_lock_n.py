# The course's locked ticket sale with N buyer processes (N read from stdin):
# each holds a multiprocessing.Lock around reading the tickets, a 10 ms sleep
# and writing them back. Every start() polls every child (CPython's _cleanup).
import json
import time
from multiprocessing import Process, Lock


def buy(i, lock):
    with lock:
        with open("db.txt") as f:
            db = json.load(f)
        time.sleep(0.01)
        if db["ticket_num"] > 0:
            db["ticket_num"] -= 1
            with open("db.txt", "w") as f:
                json.dump(db, f)
            print(f"buyer {i} got a ticket")


if __name__ == '__main__':
    n = int(input())
    with open("db.txt", "w") as f:
        json.dump({"ticket_num": 1}, f)
    lock = Lock()
    buyers = [Process(target=buy, args=(i, lock)) for i in range(n)]
    for p in buyers:
        p.start()
    for p in buyers:
        p.join()
    print("done")
