squares = [x * x for x in range(5) if x % 2]
table = {k: v for k, v in zip("ab", (1, 2))}
unique = {c for c in "hello"}
total = sum(n for n in range(10))
