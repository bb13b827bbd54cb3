import multiprocessing as mp


class Worker(mp.Process):
    pass


if __name__ == '__main__':
    a = mp.Process(target=print)
    b = mp.Process(target=print, name='reporter')
    c = mp.Process(target=print)
    w = Worker()
    print(a.name, b.name, c.name, w.name)
    print(mp.current_process().name, type(mp.current_process()).__name__)
    c.name = 'renamed'
    print(c.name)
