def set_config():
    global CONFIG, DEBUG
    CONFIG = {'mode': 'fast'}
    DEBUG = True
try:
    print(CONFIG)
except NameError as e:
    print('NameError:', e)
set_config()
print(CONFIG, DEBUG)
total = 0
def add(n):
    global total
    total = total + n
    return total
print(add(5), add(10), total)
def read_only():
    return total * 2
print(read_only())
def local_only():
    total = -1
    return total
print(local_only(), total)
print('total' in globals(), globals()['total'])
