# At exit CPython runs the atexit functions (weakref.finalize's among them), then
# clears __main__'s globals in the order they were bound, running their __del__.
import atexit
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('close', self.name)


first = Resource('first')
second = Resource('second')
_private = Resource('private')
group = [Resource('g1'), Resource('g2')]
watched = Resource('watched')
weakref.finalize(watched, print, 'finalize: watched is gone')
atexit.register(print, 'atexit function')
first = Resource('first again')
print('end of the program')
