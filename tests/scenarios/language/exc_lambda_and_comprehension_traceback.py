# Traceback frames for a dict comprehension and a lambda (<dictcomp>, <lambda>).
print('program start')
data = [('a', 2), ('b', 0), ('c', 4)]
ratios = {k: (lambda n: 10 / n)(v) for k, v in data}
print(ratios)
