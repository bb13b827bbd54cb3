class Anon:
    pass
a = Anon()
r = repr(a)
print(r.startswith('<__main__.Anon object at 0x'), r.endswith('>'))
print(str(a) == repr(a))
print(Anon, Anon.__name__, repr(Anon))
print(type(a), type(Anon), object)
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner.__qualname__)
print(repr(Outer.Inner()).startswith('<__main__.Outer.Inner object at'))
