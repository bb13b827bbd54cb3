from multiprocessing import Proccess


def f():
    pass
