# interleave: engine-limit
# interleave: max-instructions 5000000
# A loop that starts processes which end at once: the parent reaps them as it
# goes, so CPython runs it forever. The engine stops it at its instruction limit,
# where making a process counts as the work it is (10,000 instructions), so a
# few hundred processes reach this small limit, not thousands (at the default
# limit, seconds of wall time instead of minutes).
from multiprocessing import Process


def f():
    pass


if __name__ == '__main__':
    started = 0
    while True:
        Process(target=f).start()
        started += 1
        if started % 100 == 0:
            print('started', started, flush=True)
