import multiprocessing as mp

if __name__ == '__main__':
    q = mp.Queue()
    print(q.qsize(), q.empty())
    for i in range(4):
        q.put(i)
    print(q.qsize())
    print([q.get() for _ in range(4)])
    print(q.qsize(), q.empty())
