"""A helper module."""
print("loading helper as", __name__)
COUNT = 0

def double(x):
    return 2 * x

def bump():
    global COUNT
    COUNT += 1
    return COUNT

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def fail(n):
    return 10 // n
