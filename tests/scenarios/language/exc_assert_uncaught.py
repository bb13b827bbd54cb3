def withdraw(balance, amount):
    assert amount <= balance, 'insufficient funds'
    return balance - amount
print(withdraw(100, 30))
print(withdraw(10, 30))
