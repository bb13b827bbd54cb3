# __index__ makes an object an integer for range, indexing, slicing, hex and bin.
class I:
    def __index__(self): return 3
print(range(I()), [1,2,3,4][I()], 'abcd'[I()], hex(I()), bin(I()), [0]*I() if False else 'skip', list(range(10))[I():])
import operator
print(operator.index(I()))
