import queue
import multiprocessing as mp

if __name__ == '__main__':
    q = mp.Queue(maxsize=2)
    q.put(1)
    q.put(2)
    print("qsize:", q.qsize(), "full:", q.full())
    try:
        q.put_nowait(3)
    except queue.Full as e:
        print("caught", type(e), repr(e))
    try:
        q.put(3, timeout=0.05)
    except queue.Full:
        print("put(timeout=0.05): Full")
    print(q.get(), q.get())
