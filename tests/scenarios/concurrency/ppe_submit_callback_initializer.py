import os
from concurrent.futures import ProcessPoolExecutor, as_completed

state = {}


def init(tag):
    state["tag"] = tag


def work(x):
    return f"{state['tag']}-{x * x}"


if __name__ == '__main__':
    out = []
    with ProcessPoolExecutor(2, initializer=init, initargs=("w",)) as ex:
        fs = [ex.submit(work, i) for i in range(4)]
        for f in fs:
            f.add_done_callback(lambda f: out.append(f.result()))
        print(sorted(f.result() for f in as_completed(fs)))
    print(sorted(out), state)
