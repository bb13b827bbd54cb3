class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f'need {need}, have {have}')
        self.need = need
class Wallet:
    def __init__(self, money):
        self.money = money
    def pay(self, amount):
        if amount > self.money:
            raise InsufficientFunds(amount, self.money)
        self.money -= amount
        return self.money
w = Wallet(10)
print(w.pay(4))
print(w.pay(20))
