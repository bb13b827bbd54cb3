inventory = {'apple': 3, 'pear': 0}
def take(item, n):
    stock = inventory[item]
    if stock < n:
        raise ValueError(f'only {stock} {item} left')
    inventory[item] = stock - n
def order(items):
    for item, n in items:
        take(item, n)
        print('took', n, item)
order([('apple', 2)])
try:
    order([('pear', 1)])
except ValueError as e:
    print('ValueError:', e)
order([('banana', 1)])
