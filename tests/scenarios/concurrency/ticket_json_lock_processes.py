import json
import time
from multiprocessing import Process, Lock


def search(name):
    with open("db.json") as f:
        print(f"{name} 查看余票: {json.load(f)['count']}")


def buy(name, lock, results):
    with lock:
        with open("db.json") as f:
            data = json.load(f)
        time.sleep(0.01)
        if data["count"] > 0:
            data["count"] -= 1
            with open("db.json", "w") as f:
                json.dump(data, f)
            print(f"{name} 购票成功")
        else:
            print(f"{name} 购票失败")


if __name__ == '__main__':
    with open("db.json", "w") as f:
        json.dump({"count": 2}, f)
    lock = Lock()
    for i in range(4):
        p = Process(target=search, args=(f"路人{i}",))
        p.start()
        p.join()
        p = Process(target=buy, args=(f"路人{i}", lock, None))
        p.start()
        p.join()
    with open("db.json") as f:
        print(f.read())
