import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def fail(n):
    raise KeyError(n)


ts = [threading.Thread(target=fail, args=(i,), name=f"job{i}") for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
