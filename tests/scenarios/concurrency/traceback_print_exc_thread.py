import threading
import traceback
import sys


def work():
    try:
        1 / 0
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
        print("formatted:", traceback.format_exc().splitlines()[-1])


t = threading.Thread(target=work)
t.start()
t.join()
