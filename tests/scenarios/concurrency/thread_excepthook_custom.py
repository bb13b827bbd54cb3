import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def boom():
    raise KeyError('missing')


t = threading.Thread(target=boom, name='worker')
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
