# Objects made by the spawn context go to spawned children.
import multiprocessing as mp


def work(lock, q, v, n):
    with lock:
        v.value += n
    q.put(n * n)


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    lock = ctx.Lock()
    q = ctx.Queue()
    v = ctx.Value('i', 0)
    ps = [ctx.Process(target=work, args=(lock, q, v, n)) for n in range(1, 5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps))
    print(v.value)
    print([p.name for p in ps])
    print([p.exitcode for p in ps])
    print(type(ps[0]).__name__)
