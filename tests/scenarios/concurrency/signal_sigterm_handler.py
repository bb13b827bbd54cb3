import signal
import sys
import time
from multiprocessing import Process


def child():
    def handler(signum, frame):
        print("child got signal", signum, signal.Signals(signum).name)
        sys.exit(0)
    signal.signal(signal.SIGTERM, handler)
    while True:
        time.sleep(0.05)


if __name__ == '__main__':
    p = Process(target=child)
    p.start()
    time.sleep(0.3)
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)
