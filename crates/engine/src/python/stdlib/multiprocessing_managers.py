"""multiprocessing.managers: a server process holds the shared objects, and proxies
in any process call their methods through it, as CPython's SyncManager does.

CPython talks to the server over sockets, one connection per client thread, served
by one server thread each. Here requests travel on one kernel queue to the server,
whose main thread hands each client (pid, thread) its own serving thread; replies
come back on a queue per client thread. Arguments and results are copied both ways,
so `d['k'].append(1)` on a DictProxy changes a copy, as in CPython."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/managers.py"

import _kernel
import threading
import queue
import multiprocessing as _mp


class Namespace:
    def __init__(self, /, **kwds):
        for name, value in kwds.items():
            setattr(self, name, value)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return list(sequence)


# What the server makes for each typeid, and which proxy class the client gets.
_referents = {
    'dict': dict, 'list': list, 'Namespace': Namespace, 'Value': Value, 'Array': Array,
    'Queue': queue.Queue, 'JoinableQueue': queue.Queue, 'Event': threading.Event,
    'Lock': threading.Lock, 'RLock': threading.RLock, 'Semaphore': threading.Semaphore,
    'BoundedSemaphore': threading.BoundedSemaphore, 'Condition': threading.Condition,
    'Barrier': threading.Barrier,
}


def convert_to_error(kind, result):
    if kind == '#ERROR':
        return result
    return RemoteError(result)


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


# The server side.

class _Server:
    def __init__(self, requests):
        self.requests = requests
        self.objects = {}
        self.next_id = 0
        self.clients = {}

    def serve_forever(self):
        while True:
            request = self.requests.get()
            if request is None:
                return
            client = request[0]
            if client not in self.clients:
                inbox = queue.SimpleQueue()
                self.clients[client] = inbox
                threading.Thread(target=self.serve_client, args=(inbox,), daemon=True).start()
            self.clients[client].put(request)

    def serve_client(self, inbox):
        while True:
            client, reply, objid, method, args, kwds = inbox.get()
            try:
                if objid is None:
                    result = ('#RETURN', self.create(method, *args, **kwds))
                else:
                    obj = self.objects[objid]
                    special = _special.get(method)
                    if special is not None:
                        value = special(obj, *args)
                    else:
                        value = getattr(obj, method)(*args, **kwds)
                    if method in ('keys', 'values', 'items'):
                        value = list(value)
                    result = ('#RETURN', value)
            except Exception as e:
                result = ('#ERROR', e)
            try:
                reply.put(result)
            except Exception as e:
                reply.put(('#ERROR', e))

    def create(self, typeid, *args, **kwds):
        obj = _referents[typeid](*args, **kwds)
        self.next_id += 1
        objid = '%x' % (id(obj),)
        self.objects[objid] = obj
        return objid


def _imul(obj, n):
    obj *= n


def _delitem(obj, key):
    del obj[key]


def _setitem(obj, key, value):
    obj[key] = value


# Methods the server applies as the operations they stand for.
_special = {
    '__getattribute__': getattr, '__setattr__': setattr, '__delattr__': delattr,
    '__repr__': repr, '__len__': len, '__getitem__': lambda obj, key: obj[key],
    '__setitem__': _setitem, '__delitem__': _delitem, '__contains__': lambda obj, key: key in obj,
    '__add__': lambda obj, other: obj + other, '__mul__': lambda obj, n: obj * n,
    '__rmul__': lambda obj, n: n * obj, '__imul__': _imul,
    '__reversed__': lambda obj: list(reversed(obj)), '#GETVALUE': lambda obj: obj,
}


def _run_server(requests):
    _Server(requests).serve_forever()


# The client side.

_reply_queues = {}


def _client():
    """This thread's (pid, thread id) and the queue its replies come back on."""
    key = (_kernel.getpid(), _kernel.get_ident())
    if key not in _reply_queues:
        _reply_queues[key] = _mp.SimpleQueue()
    return key, _reply_queues[key]


class _ForkingPickler:
    @staticmethod
    def dumps(obj):
        return (obj,)


def _write(connection, buf):
    # The server is gone (the manager shut down): CPython's socket breaks.
    if not _kernel.process_alive(connection._server):
        raise BrokenPipeError(32, 'Broken pipe')
    key, reply = _client()
    connection._reply = reply
    connection._requests.put((key, reply) + buf[0])


class Connection:
    """This thread's line to the server (CPython's multiprocessing.connection)."""

    def __init__(self, requests, server):
        self._requests = requests
        self._server = server
        self._handle = self

    def send(self, obj):
        self._send_bytes(_ForkingPickler.dumps(obj))  #@cpython:multiprocessing/connection.py:206

    def _send_bytes(self, buf):
        header = ()
        self._send(header + buf)  #@cpython:multiprocessing/connection.py:427

    def _send(self, buf, write=_write):
        n = write(self._handle, buf)  #@cpython:multiprocessing/connection.py:384

    def recv(self):
        return self._reply.get()


def _call(requests, server, objid, methodname, args=(), kwds={}):
    conn = Connection(requests, server)
    conn.send((objid, methodname, args, kwds))
    return conn.recv()


class BaseProxy:
    def __init__(self, typeid, objid, requests, server):
        self._typeid = typeid
        self._id = objid
        self._requests = requests
        self._server = server

    def _callmethod(self, methodname, args=(), kwds={}):
        '''
        Try to call a method of the referent and return a copy of the result
        '''
        conn = Connection(self._requests, self._server)
        conn.send((self._id, methodname, args, kwds))  #@cpython:821
        kind, result = conn.recv()
        if kind == '#RETURN':
            return result
        raise convert_to_error(kind, result)  #@cpython:837

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _forwarders(cls, names):
    # As CPython's MakeProxyType: each method is a small function compiled from
    # text, so tracebacks show `File "<string>", line 2, in __getitem__`.
    namespace = {}
    for name in names:
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (name, name), namespace)
        setattr(cls, name, namespace[name])
    return cls


class DictProxy(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('keys'))


_forwarders(DictProxy, ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear',
                        'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))


class ListProxy(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('copy'))

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


_forwarders(ListProxy, ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                       '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index',
                       'insert', 'pop', 'remove', 'reverse', 'sort'))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    @property
    def value(self):
        return self._callmethod('get')

    @value.setter
    def value(self, value):
        return self._callmethod('set', (value,))


_forwarders(ValueProxy, ('get', 'set'))


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            self.wait(timeout)
            result = predicate()
        return result


_forwarders(ConditionProxy, ('notify', 'notify_all'))


class EventProxy(BaseProxy):
    pass


_forwarders(EventProxy, ('is_set', 'set', 'clear', 'wait'))


class BarrierProxy(BaseProxy):
    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


_forwarders(BarrierProxy, ('wait', 'abort', 'reset'))


class _QueueProxy(BaseProxy):
    pass


_forwarders(_QueueProxy, ('empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize',
                          'task_done'))
# Shown as CPython names it; the qualified name still finds the class when pickled.
_QueueProxy.__name__ = 'AutoProxy[Queue]'

_proxies = {
    'dict': DictProxy, 'list': ListProxy, 'Namespace': NamespaceProxy, 'Value': ValueProxy,
    'Array': ListProxy, 'Queue': _QueueProxy, 'JoinableQueue': _QueueProxy, 'Event': EventProxy,
    'Lock': AcquirerProxy, 'RLock': AcquirerProxy, 'Semaphore': AcquirerProxy,
    'BoundedSemaphore': AcquirerProxy, 'Condition': ConditionProxy, 'Barrier': BarrierProxy,
}


class State:
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager:
    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        self._ctx = ctx or _mp.get_context()
        self._state = State.INITIAL
        self._process = None
        self._requests = None

    def start(self, initializer=None, initargs=()):
        if self._state == State.STARTED:
            raise _mp.ProcessError("Already started server")
        if self._state == State.SHUTDOWN:
            raise _mp.ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._requests = self._ctx.Queue()
        self._process = self._ctx.Process(target=_run_server, args=(self._requests,))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        self._state = State.STARTED
        # At exit, this process (not a forked copy of it) stops its server.
        _mp._finalizers.append((_kernel.getpid(), self.shutdown))

    def _create(self, typeid, *args, **kwds):
        if self._state != State.STARTED:
            if self._state == State.INITIAL:
                raise _mp.ProcessError("Unable to start server")
            raise _mp.ProcessError("Manager has shut down")
        kind, result = _call(self._requests, self._process.pid, None, typeid, args, kwds)
        if kind != '#RETURN':
            raise convert_to_error(kind, result)
        return _proxies[typeid](typeid, result, self._requests, self._process.pid)

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def shutdown(self):
        if self._state != State.STARTED:
            return
        self._state = State.SHUTDOWN
        self._requests.put(None)
        self._process.join()

    def __enter__(self):
        if self._state == State.INITIAL:
            self.start()
        if self._state != State.STARTED:
            raise _mp.ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @property
    def address(self):
        return ('127.0.0.1', 0)


def _creator(typeid):
    def create(self, /, *args, **kwds):
        return self._create(typeid, *args, **kwds)
    create.__name__ = typeid
    return create


class SyncManager(BaseManager):
    pass


for _typeid in _referents:
    setattr(SyncManager, _typeid, _creator(_typeid))
