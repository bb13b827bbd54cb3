import os
import signal
import time
from multiprocessing import Process


def loop():
    while True:
        time.sleep(0.05)


if __name__ == '__main__':
    p = Process(target=loop)
    p.start()
    time.sleep(0.2)
    os.kill(p.pid, signal.SIGKILL)
    p.join()
    print(p.exitcode, p.is_alive())
    q = Process(target=loop)
    q.start()
    time.sleep(0.2)
    os.kill(q.pid, signal.SIGINT)
    q.join()
    print(q.exitcode)
