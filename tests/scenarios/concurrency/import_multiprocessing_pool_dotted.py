import multiprocessing.pool

with multiprocessing.pool.ThreadPool(2) as p:
    print(p.map(abs, [-1, -2, 3]))
