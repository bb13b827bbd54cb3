# interleave: engine-limit
# interleave: memory-mb 400
# A forked child shares its parent's memory until it writes to it (copy on write):
# four children that only read a big list fit where four copies of it would not.
import multiprocessing as mp

big = ['z' * 100 for _ in range(1_000_000)]

def reader(i):
    print('child', i, 'sees', len(big), 'items')

if __name__ == '__main__':
    mp.set_start_method('fork')
    children = [mp.Process(target=reader, args=(i,)) for i in range(4)]
    for c in children:
        c.start()
    for c in children:
        c.join()
    print('exit codes', [c.exitcode for c in children])
