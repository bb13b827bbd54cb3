import concurrent.futures as cf

f = cf.Future()
print(f.cancel(), f.cancelled())
try:
    f.result()
except cf.CancelledError as e:
    print(type(e).__name__, type(e).__module__)
g = cf.Future()
g.set_result(1)
try:
    g.set_result(2)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).startswith('FINISHED'))
print(issubclass(cf.CancelledError, Exception), cf.TimeoutError is TimeoutError)
