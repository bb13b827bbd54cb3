from multiprocessing import Pipe

r, w = Pipe(duplex=False)
for name, call in [('r.send', lambda: r.send(1)), ('w.recv', w.recv), ('w.poll', w.poll)]:
    try:
        call()
    except OSError as e:
        print(name, '->', type(e).__name__, e)
