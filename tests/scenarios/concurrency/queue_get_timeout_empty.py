import queue
import multiprocessing as mp

if __name__ == '__main__':
    q = mp.Queue()
    try:
        q.get(timeout=0.05)
    except queue.Empty as e:
        print("caught", type(e), repr(e))
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait: Empty")
    try:
        q.get(False)
    except queue.Empty:
        print("get(False): Empty")
    print("empty():", q.empty())
