# random, written in Python over the native `_random` generators (CPython's algorithms).
import _random


class Random:
    def __init__(self, x=None):
        self._g = _random.new()
        self.seed(x)

    def seed(self, a=None, version=2):
        _random.seed(self._g, a)

    def random(self):
        return _random.random(self._g)

    def randint(self, a, b):
        return _random.randint(self._g, a, b)

    def randrange(self, start, stop=None, step=1):
        return _random.randrange(self._g, start, stop, step)

    def choice(self, seq):
        return _random.choice(self._g, seq)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return _random.choices(self._g, population, weights, cum_weights=cum_weights, k=k)

    def shuffle(self, x):
        _random.shuffle(self._g, x)

    def sample(self, population, k, *, counts=None):
        if counts is not None:
            population = [x for x, c in zip(population, counts) for _ in range(c)]
        return _random.sample(self._g, population, k)

    def uniform(self, a, b):
        return _random.uniform(self._g, a, b)

    def gauss(self, mu=0.0, sigma=1.0):
        return _random.gauss(self._g, mu, sigma)

    def normalvariate(self, mu=0.0, sigma=1.0):
        return _random.normalvariate(self._g, mu, sigma)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return _random.triangular(self._g, low, high, mode)

    def expovariate(self, lambd=1.0):
        return _random.expovariate(self._g, lambd)

    def getrandbits(self, k):
        return _random.getrandbits(self._g, k)

    def getstate(self):
        return _random.getstate(self._g)

    def setstate(self, state):
        _random.setstate(self._g, state)


_inst = Random.__new__(Random)
_inst._g = 0
seed = _inst.seed
random = _inst.random
randint = _inst.randint
randrange = _inst.randrange
choice = _inst.choice
choices = _inst.choices
shuffle = _inst.shuffle
sample = _inst.sample
uniform = _inst.uniform
gauss = _inst.gauss
normalvariate = _inst.normalvariate
triangular = _inst.triangular
expovariate = _inst.expovariate
getrandbits = _inst.getrandbits
getstate = _inst.getstate
setstate = _inst.setstate

# A forked child draws its own numbers, as in CPython.
import os as _os_module
_os_module.register_at_fork(after_in_child=_inst.seed)
