# A manager started at an address, and worker processes that connect() to it
# by that address and authkey (the docs' remote manager, in one program).
from multiprocessing import Process
from multiprocessing.managers import BaseManager


class Tally:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def report(self):
        return sorted(self.counts.items())


tally = Tally()


class TallyManager(BaseManager):
    pass


TallyManager.register('get_tally', callable=lambda: tally)

ADDRESS = ('127.0.0.1', 50123)
KEY = b'secret words'


def worker(words):
    m = TallyManager(address=ADDRESS, authkey=KEY)
    m.connect()
    t = m.get_tally()
    for w in words:
        t.add(w)


if __name__ == '__main__':
    manager = TallyManager(address=ADDRESS, authkey=KEY)
    manager.start()
    print('serving at', manager.address)
    jobs = [Process(target=worker, args=(text.split(),))
            for text in ['the cat sat', 'the dog sat', 'a cat ran']]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print(manager.get_tally().report())
    wrong = TallyManager(address=ADDRESS, authkey=b'wrong key')
    try:
        wrong.connect()
    except Exception as e:
        print(type(e).__name__, e)
    manager.shutdown()
    print('server exit code', manager._process.exitcode)
