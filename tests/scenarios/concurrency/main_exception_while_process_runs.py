import time
from multiprocessing import Process


def worker():
    time.sleep(0.2)
    print("child finished")


if __name__ == '__main__':
    Process(target=worker).start()
    print("main about to fail")
    {}["missing"]
