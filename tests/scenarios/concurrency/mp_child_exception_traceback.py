from multiprocessing import Process


class InsufficientTickets(Exception):
    pass


def buy(n):
    left = 2
    if n > left:
        raise InsufficientTickets(f"只剩{left}张票, 想买{n}张")
    print("bought", n)


if __name__ == '__main__':
    for n in (1, 3):
        p = Process(target=buy, args=(n,), name=f"buyer-{n}")
        p.start()
        p.join()
        print(p.name, "exitcode", p.exitcode)
