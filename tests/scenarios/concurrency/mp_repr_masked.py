import time
from multiprocessing import Process


def mask(s):
    out, run = [], ""
    for ch in s + " ":
        if ch.isdigit():
            run += ch
            continue
        if run:
            out.append("N" if len(run) >= 2 else run)
            run = ""
        out.append(ch)
    return "".join(out)[:-1]


def f():
    time.sleep(0.3)


def boom():
    raise SystemExit(3)


if __name__ == '__main__':
    p = Process(target=f, name="worker")
    print(mask(repr(p)))
    p.start()
    print(mask(repr(p)))
    p.join()
    print(mask(repr(p)))
    b = Process(target=boom)
    b.daemon = True
    b.start()
    b.join()
    print(mask(repr(b)))
