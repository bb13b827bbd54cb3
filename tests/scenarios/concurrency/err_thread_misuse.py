import threading


def attempt(label, fn):
    try:
        fn()
        print(label, '-> ok')
    except RuntimeError as e:
        print(label, '-> RuntimeError:', e)


t = threading.Thread(target=lambda: None)
attempt('join before start', t.join)
t.start()
attempt('start twice', t.start)
attempt('daemon after start', lambda: setattr(t, 'daemon', True))
t.join()
attempt('start after finish', t.start)
attempt('join current thread', threading.current_thread().join)


def join_self():
    attempt('thread joins itself', threading.current_thread().join)


s = threading.Thread(target=join_self)
s.start()
s.join()
