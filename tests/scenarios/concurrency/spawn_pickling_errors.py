# What a spawned child gets is pickled: a lambda or a threading lock cannot be.
import multiprocessing as mp
import threading

if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    p = ctx.Process(target=lambda: print("hi"))
    try:
        p.start()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at ')[0])
    p = ctx.Process(target=print, args=(threading.Lock(),))
    try:
        p.start()
    except TypeError as e:
        print("TypeError:", e)
    print(mp.active_children())
