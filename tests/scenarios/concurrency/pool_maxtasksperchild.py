# A pool worker ends after maxtasksperchild tasks and the pool starts another in
# its place: as many worker pids as the tasks allow; a bad value is refused.
import multiprocessing as mp, os

def task(x):
    return os.getpid()

if __name__ == '__main__':
    pool = mp.Pool(2, maxtasksperchild=2)
    pids = pool.map(task, range(8), chunksize=1)
    pool.close()
    pool.join()
    print(len(set(pids)), [pids.count(p) for p in sorted(set(pids))])
    for bad in (0, -1, 1.5, 'x'):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print(repr(bad), 'ValueError', e)
    with mp.Pool(3, maxtasksperchild=1) as pool:
        r = [pool.apply_async(task, (i,)) for i in range(5)]
        print(len({x.get() for x in r}))
    print('done')
