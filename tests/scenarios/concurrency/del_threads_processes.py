# __del__ runs on the thread that lets go of the last reference, and may take a lock;
# a forked child finalizes its own copy at its exit, but a multiprocessing child
# leaves through os._exit, which runs no finalizers (its global is never closed).
import multiprocessing
import os
import threading

log_lock = threading.Lock()


class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        with log_lock:
            print('close', self.name, 'in', threading.current_thread().name, flush=True)


def worker(n):
    conn = Connection('worker %d' % n)
    print('worker', n, 'uses', conn.name, flush=True)


def child_target():
    global kept
    kept = Connection('multiprocessing child global')
    temp = Connection('multiprocessing child local')
    print('child target done', flush=True)


if __name__ == '__main__':
    for n in range(2):
        t = threading.Thread(target=worker, args=(n,), name='Worker-%d' % n)
        t.start()
        t.join()
    shared = Connection('shared')
    pid = os.fork()
    if pid == 0:
        print('forked child exits', flush=True)
        raise SystemExit(0)
    os.waitpid(pid, 0)
    print('forked child reaped', flush=True)
    p = multiprocessing.Process(target=child_target)
    p.start()
    p.join()
    print('exit code', p.exitcode)
    print('main done')
