import threading
import multiprocessing as mp

if __name__ == '__main__':
    for label, make in [('threading.Semaphore', threading.Semaphore),
                        ('threading.BoundedSemaphore', threading.BoundedSemaphore),
                        ('mp.Semaphore', mp.Semaphore)]:
        try:
            make(-1)
        except (ValueError, OSError) as e:
            print(label, '->', type(e).__name__, e)
