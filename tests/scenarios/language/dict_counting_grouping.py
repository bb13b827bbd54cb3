sales = [('east', 'apple', 3), ('west', 'pear', 5), ('east', 'pear', 2), ('north', 'apple', 7), ('west', 'apple', 1)]
by_region = {}
for region, fruit, qty in sales:
    by_region[region] = by_region.get(region, 0) + qty
print(by_region)
by_fruit = {}
for region, fruit, qty in sales:
    by_fruit.setdefault(fruit, {})[region] = qty
print(by_fruit)
best = max(by_region.items(), key=lambda kv: kv[1])
print('best region:', best)
print(sorted(by_region, key=by_region.get, reverse=True))
print({r: q for r, q in by_region.items() if q > 4})
inv = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
