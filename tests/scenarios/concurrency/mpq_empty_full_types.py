import queue
import multiprocessing as mp

if __name__ == '__main__':
    q = mp.Queue(maxsize=1)
    try:
        q.get_nowait()
    except queue.Empty as e:
        print("Empty", type(e), repr(e))
    q.put("x")
    try:
        q.put("y", timeout=0.1)
    except queue.Full as e:
        print("Full", type(e), repr(e))
    try:
        q.put_nowait("z")
    except queue.Full:
        print("Full again")
    print(q.get(), q.qsize())
    try:
        q.get(True, 0.1)
    except queue.Empty:
        print("empty after timeout")
