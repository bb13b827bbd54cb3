# multiprocessing.connection.wait, as in CPython's docs: four children each send ten
# messages down a pipe; the parent waits on all the readers, reading whichever is
# ready, until each has reached EOF. The order depends on the schedule, so the
# messages are printed sorted.
from multiprocessing import Process, Pipe, current_process
from multiprocessing.connection import wait


def foo(w):
    for i in range(10):
        w.send((i, current_process().name))
    w.close()


if __name__ == '__main__':
    readers = []
    got = []

    for i in range(4):
        r, w = Pipe(duplex=False)
        readers.append(r)
        p = Process(target=foo, args=(w,))
        p.start()
        # We close the writable end of the pipe now to be sure that
        # p is the only process which owns a handle for it.  This
        # ensures that when p closes its handle for the writable end,
        # wait() will promptly report the readable end as being ready.
        w.close()

    while readers:
        for r in wait(readers):
            try:
                msg = r.recv()
            except EOFError:
                readers.remove(r)
            else:
                got.append(msg)

    for msg in sorted(got, key=lambda m: (m[1], m[0])):
        print(msg)
    a, b = Pipe()
    print(wait([a], timeout=0.1), wait([a, b], 0))
    b.send('x')
    print(wait([a, b], 0) == [a], a.poll())
    b.close()
    try:
        wait([b])
    except OSError as e:
        print('OSError:', e)
