from multiprocessing import Process, Queue


class Order:
    def __init__(self, oid, items):
        self.oid = oid
        self.items = items

    def __repr__(self):
        return f"Order({self.oid}, {self.items})"


def kitchen(inq, outq):
    while (o := inq.get()) is not None:
        o.items.append("done")
        outq.put(o)


if __name__ == '__main__':
    inq, outq = Queue(), Queue()
    k = Process(target=kitchen, args=(inq, outq))
    k.start()
    orders = [Order(i, ["面"]) for i in range(2)]
    for o in orders:
        inq.put(o)
    inq.put(None)
    print([outq.get() for _ in orders])
    print(orders)
    k.join()
