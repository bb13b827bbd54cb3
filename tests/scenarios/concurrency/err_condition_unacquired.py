import threading
import multiprocessing as mp

if __name__ == '__main__':
    c = threading.Condition()
    for name in ('wait', 'notify', 'notify_all'):
        try:
            getattr(c, name)()
        except RuntimeError as e:
            print(name, '-> RuntimeError:', e)
    m = mp.Condition()
    for name in ('wait', 'notify'):
        try:
            getattr(m, name)()
        except AssertionError as e:
            print('mp', name, '-> AssertionError:', e)
