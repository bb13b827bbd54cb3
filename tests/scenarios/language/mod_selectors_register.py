# selectors.DefaultSelector: register, select, modify and unregister sockets,
# with the errors CPython gives for a file registered twice or never.
import selectors, socket
sel = selectors.DefaultSelector()
print(type(sel).__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)
a, b = socket.socketpair()
k = sel.register(a, selectors.EVENT_READ, data='x')
print(k)
print(sel.get_key(a) is k, len(sel.get_map()), list(sel.get_map()) == [a.fileno()])
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print('KeyError', e)
try:
    sel.register(b, 0)
except ValueError as e:
    print('ValueError', e)
try:
    sel.unregister(b)
except KeyError as e:
    print('KeyError', e)
print(sel.select(timeout=0))
b.send(b'hi')
print([(key.data, ev) for key, ev in sel.select(timeout=1)])
print(sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'y').events)
print([(key.data, ev) for key, ev in sel.select()])
print(sel.unregister(a).data, sel.get_map().get(a))
sel.close()
try:
    sel.get_map()
except Exception as e:
    print(type(e).__name__)
print(sel.get_map())
