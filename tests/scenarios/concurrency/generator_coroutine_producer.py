def consumer():
    total = 0
    while True:
        item = yield total
        if item is None:
            return total
        print(f"[消费者] 吃掉 {item}")
        total += 1


def producer(c):
    next(c)
    for i in range(3):
        print(f"[生产者] 做了 包子{i}")
        n = c.send(f"包子{i}")
        print(f"[生产者] 已消费 {n}")
    try:
        c.send(None)
    except StopIteration as e:
        print("总数", e.value)


producer(consumer())
