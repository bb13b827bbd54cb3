import threading


def describe(a, b, *, sep='-'):
    print(f"{a}{sep}{b}", threading.current_thread().name)


t = threading.Thread(target=describe, args=('x', 'y'), kwargs={'sep': '+'})
t.start()
t.join()
t = threading.Thread(target=describe, args=[1, 2], name='custom')
t.start()
t.join()
