class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('open', self.n)
        return self
    def __exit__(self, *exc):
        print('close', self.n, exc[0].__name__ if exc[0] else None)
with Res(1), Res(2):
    print('working')
    raise RuntimeError('failure inside with')
