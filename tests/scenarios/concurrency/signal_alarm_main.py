import signal
import time


def on_alarm(signum, frame):
    raise TimeoutError("too slow")


signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    time.sleep(5)
except TimeoutError as e:
    print("caught:", e)
print(signal.SIGTERM, int(signal.SIGKILL), signal.SIGINT.name)
