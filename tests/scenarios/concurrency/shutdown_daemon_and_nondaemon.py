import time
import multiprocessing as mp


def forever():
    while True:
        time.sleep(0.05)


def finite(ev):
    ev.wait()
    print("non-daemon child completes")


if __name__ == '__main__':
    ev = mp.Event()
    d = mp.Process(target=forever, daemon=True)
    n = mp.Process(target=finite, args=(ev,))
    d.start()
    n.start()
    print("main ends; daemon is terminated, non-daemon is waited for")
    ev.set()
