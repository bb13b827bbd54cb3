# A spawned child holds only the pipe ends it was given: once the parent closes
# its write end, the child's recv() ends with EOFError.
import multiprocessing as mp


def reader(conn):
    total = 0
    while True:
        try:
            total += conn.recv()
        except EOFError:
            print("EOF, total", total)
            return


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=reader, args=(r,))
    p.start()
    for i in range(5):
        w.send(i)
    w.close()
    p.join()
    print("exit", p.exitcode)
