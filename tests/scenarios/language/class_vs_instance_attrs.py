class Counter:
    count = 0
    shared_list = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared_list.append(name)
a = Counter('a')
b = Counter('b')
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
print(Counter.shared_list, a.shared_list is b.shared_list)
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
b.shared_list = ['own']
print(Counter.shared_list, b.shared_list)
print('count' in vars(a), 'count' in vars(Counter))
