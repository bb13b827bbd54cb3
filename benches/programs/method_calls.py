# Method calls on objects: attribute access, bound methods, __init__.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self

    def value(self):
        return self.balance

accounts = [Account(i) for i in range(100)]
for round in range(3000):
    for a in accounts:
        a.deposit(round % 3)
print(sum(a.value() for a in accounts))
