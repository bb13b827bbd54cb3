# signal.pause() sleeps until a signal's handler has run, then returns None.
import signal
import time


def handler(signum, frame):
    print('handler got', signal.Signals(signum).name)


signal.signal(signal.SIGALRM, handler)
signal.alarm(2)
start = time.monotonic()
print('pause returned', signal.pause())
print('waited about', round(time.monotonic() - start), 's')
