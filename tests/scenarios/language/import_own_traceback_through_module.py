from stats import mean

groups = {'a': [1, 2, 3], 'b': [4, 5], 'c': []}
for name, values in groups.items():
    print(name, mean(values))
