print("init square", __name__, __package__)
def area(s):
    return s * s
