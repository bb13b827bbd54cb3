from multiprocessing import Process, Manager


def fill(shared, plain):
    shared["a"] = 1
    plain["a"] = 1


if __name__ == '__main__':
    with Manager() as m:
        shared = m.dict({"start": 0})
        plain = {"start": 0}
        p = Process(target=fill, args=(shared, plain))
        p.start()
        p.join()
        print("manager dict:", dict(shared))
        print("plain dict:", plain)
        print(type(dict(shared)).__name__)
