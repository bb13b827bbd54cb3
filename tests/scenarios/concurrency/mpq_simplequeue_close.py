from multiprocessing import SimpleQueue, Process


def echo(q_in, q_out):
    while True:
        x = q_in.get()
        if x == "stop":
            break
        q_out.put(x[::-1])


if __name__ == '__main__':
    a, b = SimpleQueue(), SimpleQueue()
    p = Process(target=echo, args=(a, b))
    p.start()
    for word in ["abc", "上海"]:
        a.put(word)
        print(b.get())
    a.put("stop")
    p.join()
    print(b.empty())
    a.close()
    b.close()
    print("closed")
