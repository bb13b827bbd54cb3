# Object-heavy Python: instances with attributes updated by method calls, a dict
# per instance read with .get and updated, and a method calling another.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = {}

    def deposit(self, amount, tag):
        self.balance += amount
        self.history[tag] = self.history.get(tag, 0) + amount
        return self.balance

    def transfer(self, other, amount):
        self.deposit(-amount, 'out')
        other.deposit(amount, 'in')


accounts = [Account(i) for i in range(50)]
for round in range(200000):
    a = accounts[round % 50]
    b = accounts[(round * 7 + 3) % 50]
    a.transfer(b, round % 13)
    a.deposit(round % 5, 'cash')
total = sum(a.balance for a in accounts)
cash = sum(a.history.get('cash', 0) for a in accounts)
print(total, cash, len(accounts[0].history))
