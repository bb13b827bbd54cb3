def todo():
    pass
def later():
    ...
class Empty:
    pass
class AlsoEmpty:
    """Only a docstring."""
print(todo(), later(), Empty.__name__, AlsoEmpty.__doc__)
for _ in range(2):
    pass
if True:
    pass
else:
    ...
print(type(...).__name__, ... is Ellipsis, bool(...))
print(later.__name__, todo.__doc__)
