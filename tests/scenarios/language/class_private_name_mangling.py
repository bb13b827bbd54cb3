class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = 'protected by convention'
    def balance(self):
        return self.__balance
class Savings(Account):
    def __init__(self):
        super().__init__(100)
        self.__balance = 'subclass own'
a = Account(50)
print(a.balance(), a._hint)
try:
    print(a.__balance)
except AttributeError as e:
    print('AttributeError:', e)
print(a._Account__balance)
s = Savings()
print(s.balance(), s._Savings__balance, sorted(vars(s)))
