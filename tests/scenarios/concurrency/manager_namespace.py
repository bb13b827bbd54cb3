from multiprocessing import Process, Manager


def change(ns):
    ns.x += 1
    ns.name = ns.name.upper()


if __name__ == '__main__':
    with Manager() as m:
        ns = m.Namespace()
        ns.x = 1
        ns.name = "ticket"
        p = Process(target=change, args=(ns,))
        p.start()
        p.join()
        print(ns.x, ns.name)
