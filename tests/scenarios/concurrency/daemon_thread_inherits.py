import threading

flags = {}


def inner():
    flags['inner'] = threading.current_thread().daemon


def outer():
    t = threading.Thread(target=inner)
    flags['inner_before_start'] = t.daemon
    t.start()
    t.join()


print("main thread daemon:", threading.current_thread().daemon)
d = threading.Thread(target=outer, daemon=True)
d.start()
d.join()
n = threading.Thread(target=outer)
print("default:", n.daemon)
print(sorted(flags.items()))
