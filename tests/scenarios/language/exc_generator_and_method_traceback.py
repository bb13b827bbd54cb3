class Parser:
    def __init__(self, items):
        self.items = items
    def values(self):
        for it in self.items:
            yield self.convert(it)
    def convert(self, it):
        return 100 // it
p = Parser([5, 2, 0, 1])
for v in p.values():
    print(v)
