import multiprocessing as mp
import tasks

def child_main(q):
    import tasks as t2
    q.put(('main-fn', t2 is tasks, tasks.square(3)))

if __name__ == '__main__':
    for method in ['fork', 'spawn']:
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=tasks.report, args=(q, method))
        p.start()
        print(q.get())
        p.join()
        p = ctx.Process(target=child_main, args=(q,))
        p.start()
        print(q.get())
        p.join()
    print("done")
