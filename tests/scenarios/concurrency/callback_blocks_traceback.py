# A __str__ that sleeps and then raises: the traceback runs through format, as CPython's.
import time
class Bad:
    def __str__(self):
        time.sleep(0.01)
        return helper()
def helper():
    raise ValueError('no text')
def report(x):
    return 'value: {}'.format(x)
print(sorted([3, 1, 2], key=lambda v: (time.sleep(0.001), -v)[1]))
print(report(Bad()))
