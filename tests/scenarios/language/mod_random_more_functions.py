import random
random.seed(0)
print([random.randint(0, 1) for _ in range(10)])
print([round(random.random(), 4) for _ in range(3)])
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=10))
population = ['red', 'green', 'blue']
print(random.choice(population), random.sample(population, k=len(population)))
lst = list('abcdefgh')
random.shuffle(lst)
print(''.join(lst))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
try:
    random.choice([])
except IndexError as e:
    print('IndexError:', e)
try:
    random.randint(5, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print('ValueError:', e)
