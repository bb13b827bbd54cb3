import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()


def init(tag):
    local.tag = tag


def read(_):
    return local.tag


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=('ready',)) as ex:
    print(list(ex.map(read, range(3))))
