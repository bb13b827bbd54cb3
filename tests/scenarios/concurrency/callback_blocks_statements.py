# Callbacks under raise (an exception class whose __init__ sleeps), match (a property
# read by a class pattern), with (__enter__/__exit__) and atexit may block too.
import time
class E(Exception):
    def __init__(self, *a):
        time.sleep(0.01)
        super().__init__('slow')
try:
    raise E
except E as e:
    print('caught', e)
class P:
    __match_args__ = ('x',)
    def __init__(self): self.x = 1
    @property
    def y(self):
        time.sleep(0.01); return 2
match P():
    case P(x=1, y=2): print('matched')
class W:
    def __enter__(self): time.sleep(0.01); return self
    def __exit__(self, *a): time.sleep(0.01); print('exit', a[0]); return True
with W():
    raise ValueError
print('after with')
import atexit
atexit.register(lambda: (time.sleep(0.01), print('atexit ran')))
