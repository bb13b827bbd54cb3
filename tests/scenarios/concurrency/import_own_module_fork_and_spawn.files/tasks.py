import os
print("tasks imported as", __name__)
LOADS = []

def square(n):
    return n * n

def report(q, tag):
    import sys
    q.put((tag, 'tasks' in sys.modules, square(7)))
