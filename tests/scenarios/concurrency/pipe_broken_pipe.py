from multiprocessing import Pipe

r, w = Pipe(duplex=False)
r.close()
try:
    w.send('nobody listens')
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, e)
