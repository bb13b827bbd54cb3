import threading
import multiprocessing as mp

if __name__ == '__main__':
    cases = [
        ('threading.BoundedSemaphore', threading.BoundedSemaphore(1)),
        ('mp.BoundedSemaphore', mp.BoundedSemaphore(1)),
        ('mp.Lock', mp.Lock()),
    ]
    for label, obj in cases:
        try:
            obj.release()
        except ValueError as e:
            print(label, '-> ValueError:', e)
    s = threading.Semaphore(0)
    s.release()
    print("plain Semaphore may go above its start:", s.acquire(False))
