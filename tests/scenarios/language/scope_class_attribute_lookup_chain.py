class A:
    value = 'A.value'
    def show(self):
        return self.value
class B(A):
    pass
class C(B):
    value = 'C.value'
b, c = B(), C()
print(b.show(), c.show())
b.value = 'instance'
print(b.show(), B.value, A.value)
A.value = 'changed A'
print(B().show(), c.show(), b.show())
del b.value
print(b.show())
print('value' in B.__dict__, 'value' in A.__dict__, 'show' in C.__dict__)
