# An exception in __del__ cannot propagate: CPython prints "Exception ignored in"
# with the traceback to stderr and the program goes on (captured here to show it).
import io
import re
import sys


class Broken:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('closing', self.name)
        raise OSError('cannot close ' + self.name)


captured = io.StringIO()
sys.stderr = captured
b = Broken('first')
del b
print('still running')


def use():
    tmp = Broken('local')
    return 42


print(use())
sys.stderr = sys.__stderr__
for line in captured.getvalue().splitlines():
    print('stderr:', re.sub(r'0x[0-9a-f]+', '0x...', line))
