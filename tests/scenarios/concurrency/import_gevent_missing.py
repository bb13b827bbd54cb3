try:
    import gevent
except ImportError as e:
    print(type(e).__name__, e)
import greenlet
