# What comes back when the server fails: a RemoteError carrying the server's
# traceback (a constructor given the wrong arguments, a method not exposed).
from multiprocessing.managers import BaseManager, RemoteError

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        return self.balance
    def _audit(self):
        return 'secret'

class BankManager(BaseManager):
    pass

BankManager.register('Account', Account)
BankManager.register('Plain', exposed=('upper',))

if __name__ == '__main__':
    with BankManager() as bank:
        acct = bank.Account('ada')
        print(acct.deposit(50), acct.deposit(25))
        word = bank.Plain('hello')
        print(word.upper(), word._exposed_)
        try:
            acct._callmethod('_audit')
        except RemoteError as e:
            print('RemoteError with', len(e.args), 'arg:', e.args[0].splitlines()[-1])
        try:
            bank.Plain()
        except RemoteError as e:
            print(e)
        bank.Account()
