import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False


acc = Account(100)
results = []
rlock = threading.Lock()


def customer(amount):
    ok = acc.withdraw(amount)
    with rlock:
        results.append(ok)


ts = [threading.Thread(target=customer, args=(30,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(acc.balance, results.count(True), results.count(False))
