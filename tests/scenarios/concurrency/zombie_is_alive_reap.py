import time
from multiprocessing import Process, active_children


def quick():
    pass


if __name__ == '__main__':
    p = Process(target=quick)
    p.start()
    time.sleep(0.3)
    print("exitcode before join:", p.exitcode)
    print("is_alive:", p.is_alive())
    print("exitcode after is_alive:", p.exitcode)
    print(active_children())
    p.join()
    print(p.exitcode)
