import multiprocessing as mp


def child(ev):
    ev.wait()
    print("child finishes after main's last line")


if __name__ == '__main__':
    ev = mp.Event()
    p = mp.Process(target=child, args=(ev,))
    p.start()
    print("main's last line")
    ev.set()
