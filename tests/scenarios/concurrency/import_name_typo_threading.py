try:
    from queue import Emtpy
except ImportError as e:
    print(e)
from threading import thread
