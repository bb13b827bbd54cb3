from multiprocessing import Process, Queue


def stage1(out):
    for i in range(5):
        out.put(i)
    out.put(None)


def stage2(inp, out):
    while (x := inp.get()) is not None:
        out.put(x * x)
    out.put(None)


def stage3(inp, res):
    total = 0
    while (x := inp.get()) is not None:
        total += x
    res.put(total)


if __name__ == '__main__':
    q1, q2, q3 = Queue(), Queue(), Queue()
    ps = [Process(target=stage1, args=(q1,)), Process(target=stage2, args=(q1, q2)), Process(target=stage3, args=(q2, q3))]
    for p in ps:
        p.start()
    print("sum of squares:", q3.get())
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
