# The course's ticket sale without a lock, with 1,000 buyer processes.
import json
import time
from multiprocessing import Process


def buy(i):
    with open("db.txt") as f:
        db = json.load(f)
    time.sleep(0.01)
    if db["ticket_num"] > 0:
        db["ticket_num"] -= 1
        with open("db.txt", "w") as f:
            json.dump(db, f)
        print(f"buyer {i} got a ticket")


if __name__ == '__main__':
    with open("db.txt", "w") as f:
        json.dump({"ticket_num": 1}, f)
    buyers = [Process(target=buy, args=(i,)) for i in range(1000)]
    for p in buyers:
        p.start()
    for p in buyers:
        p.join()
    print("done")
