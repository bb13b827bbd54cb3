import time
import multiprocessing as mp


def slow():
    time.sleep(1.5)
    print("daemon child finished (never printed)")


if __name__ == '__main__':
    p = mp.Process(target=slow, daemon=True)
    p.start()
    print("main exits without joining the daemon")
