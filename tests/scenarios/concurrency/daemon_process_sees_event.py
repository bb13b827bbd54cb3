import multiprocessing as mp


def serve(requests, replies):
    while True:
        n = requests.get()
        replies.put(n * n)


if __name__ == '__main__':
    requests, replies = mp.Queue(), mp.Queue()
    p = mp.Process(target=serve, args=(requests, replies), daemon=True)
    p.start()
    for n in range(4):
        requests.put(n)
        print(n, "->", replies.get())
    print("main done; the daemon server is stopped at exit")
