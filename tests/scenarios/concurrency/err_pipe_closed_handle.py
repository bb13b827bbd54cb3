from multiprocessing import Pipe

a, b = Pipe()
a.close()
for name, call in [('send', lambda: a.send(1)), ('recv', a.recv), ('poll', a.poll), ('fileno', a.fileno)]:
    try:
        call()
    except OSError as e:
        print(name, '->', type(e).__name__, e)
