class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
acct = Account('Ann')
acct.deposit(50)
print(acct.owner, acct.balance)
print(acct.ballance)
