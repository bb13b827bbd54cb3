class Base:
    count = 0

    def __init__(self, name):
        self.name = name

class Child(Base):
    @property
    def label(self):
        return super().__init__("x") or self.name
