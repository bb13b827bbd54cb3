# A __str__ that takes a lock, called from str.format, %, f-strings and print while
# another thread holds the lock: the formatting thread waits inside __str__.
import threading, time

lock = threading.Lock()

class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
    def __str__(self):
        with lock:
            return f'{self.name}: {self.balance}'
    def __repr__(self):
        with lock:
            return f'Account({self.name!r})'
    def __eq__(self, other):
        with lock:
            return self.name == other.name
    def __hash__(self):
        with lock:
            return hash(self.name)

acct = Account('alice', 100)

def auditor():
    with lock:
        print('auditor holds the lock')
        time.sleep(0.05)
        acct.balance = 90
        print('auditor lets go')

t = threading.Thread(target=auditor)
t.start()
time.sleep(0.01)
print('report: {}'.format(acct))
print('as %%s: %s' % acct)
print(f'f-string: {acct}, {acct!r}')
print([acct], {acct: 1}[Account('alice', 0)], acct in [Account('alice', 1)])
t.join()

def slow_str_raises():
    class Bad:
        def __str__(self):
            time.sleep(0.01)
            raise ValueError('no text')
    try:
        '{}'.format(Bad())
    except ValueError as e:
        print('caught', e)
slow_str_raises()
