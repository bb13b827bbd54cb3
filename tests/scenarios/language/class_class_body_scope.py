class Config:
    base = 10
    doubled = base * 2
    items = [i * 2 for i in range(base)]
    try:
        broken = [base + i for i in range(3)]
    except NameError as e:
        error = str(e)
    def method(self):
        try:
            return base
        except NameError as e:
            return f'NameError: {e}'
    def method_ok(self):
        return self.base + Config.doubled
print(Config.doubled, Config.items, Config.error)
print(Config().method(), Config().method_ok())
print(hasattr(Config, 'broken'), hasattr(Config, 'e'))
x = 'module x'
class Shadow:
    x = 'class x'
    y = x + '!'
    def get(self):
        return x
    def get_cls(self):
        return self.x
print(Shadow().get(), Shadow().get_cls(), Shadow.y)
