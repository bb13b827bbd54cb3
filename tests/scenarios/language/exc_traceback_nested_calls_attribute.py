class Order:
    def __init__(self, items):
        self.items = items
    def total(self):
        return sum(self.price_of(i) for i in self.items)
    def price_of(self, item):
        prices = {'apple': 3, 'pear': 4}
        return prices[item] * item_qty(item)
def item_qty(item):
    return len(item)
print(Order(['apple', 'pear']).total())
print(Order(['apple', 'kiwi']).total())
