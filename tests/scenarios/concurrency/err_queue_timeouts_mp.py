import queue
import multiprocessing as mp

if __name__ == '__main__':
    q = mp.Queue(1)
    q.put('only')
    for label, call in [('put timeout', lambda: q.put('more', timeout=0.05)),
                        ('put_nowait', lambda: q.put_nowait('more')),
                        ('put block=False', lambda: q.put('more', False))]:
        try:
            call()
        except queue.Full as e:
            print(label, '->', type(e).__name__)
    print(q.get())
    for label, call in [('get timeout', lambda: q.get(timeout=0.05)),
                        ('get_nowait', q.get_nowait)]:
        try:
            call()
        except queue.Empty as e:
            print(label, '->', type(e).__name__)
