# interleave: engine-limit
# interleave: max-instructions 1000000
# The limit falls inside a built-in: the run stops there, never with a wrong value.
x = sum(range(10**9))
print(x)
