# A subclass of str or bytes prints as its value (their own __str__), whatever its
# __repr__; a subclass of int prints through its __repr__ (int has no __str__ of its own).
class Name(str):
    def __repr__(self):
        return f"Name({str.__repr__(self)})"

class Raw(bytes):
    def __repr__(self):
        return "Raw!"

class Count(int):
    def __repr__(self):
        return f"Count({int.__repr__(self)})"

n = Name("bun")
print(n, Raw(b"x"), Count(3))
print(str(n), f"{n}", "%s" % n, "{}".format(n), f"{Count(3)}", str(Count(4)))
print(repr(n), [n], (Name("x"),), repr(Raw(b"y")))
print(n.upper(), type(n.upper()).__name__, n + "!", len(n), n == "bun")
