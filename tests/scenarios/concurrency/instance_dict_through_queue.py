# A class whose __setattr__ writes through self.__dict__ (the usual way to
# intercept stores), a record filled by __dict__.update, and one sent to a child.
import multiprocessing as mp

class Logged:
    def __init__(self):
        self.__dict__['log'] = []
    def __setattr__(self, name, value):
        self.log.append(name)
        self.__dict__[name] = value

class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'Record({inner})'

def show(q):
    r = q.get()
    print('child got', r, r.name)

if __name__ == '__main__':
    l = Logged()
    l.a = 1
    l.b = 2
    print(l.a, l.b, l.log)
    r = Record(name='ticket', left=3)
    r.left -= 1
    print(r)
    q = mp.Queue()
    p = mp.Process(target=show, args=(q,))
    p.start()
    q.put(r)
    p.join()
