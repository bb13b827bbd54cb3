"""multiprocessing.managers: a server process holds the shared objects, and proxies
in any process call their methods through it, as CPython's managers do.

CPython talks to the server over sockets, one connection per client thread, served
by one server thread each. Here requests travel on one kernel queue to the server,
whose main thread hands each client (pid, thread) its own serving thread; replies
come back on a queue per client thread. Queues are named by their kernel handles,
which every process may use, so a proxy (its Token) travels to any process, spawned
ones too. Arguments and results are copied both ways, so `d['k'].append(1)` on a
DictProxy changes a copy, as in CPython.

A manager with an address (`get_server().serve_forever()`, `connect()`, or `start()`
given one) also listens there with multiprocessing.connection: a client that
connects is told the server's queue and pid, then talks through the queue."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/managers.py"

import _kernel
import random as _random
import sys
import threading
import queue
import multiprocessing as _mp
from multiprocessing import ProcessError


class Token:
    """Names one shared object: its typeid, its server's address and its id there."""

    def __init__(self, typeid, address, id):
        self.typeid = typeid
        self.address = address
        self.id = id
        # Not CPython's: the server's request queue (a kernel handle) and pid.
        self._requests = None
        self._server = None

    def __repr__(self):
        fields = (type(self).__name__, self.typeid, self.address, self.id)
        return '%s(typeid=%r, address=%r, id=%r)' % fields


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


def dispatch(c, id, methodname, args=(), kwds={}):
    c.send((id, methodname, args, kwds))
    kind, result = c.recv()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)  #@cpython:93


def convert_to_error(kind, result):
    # '#ERROR' carries the exception itself; the others the server's traceback text.
    if kind == '#ERROR':
        return result
    if kind not in ('#TRACEBACK', '#UNSERIALIZABLE'):
        return ValueError('Unrecognized message type %r' % (kind,))
    if not isinstance(result, str):
        raise TypeError("Result %r (kind '%s') type is %s, not str" % (result, kind, type(result)))
    if kind == '#TRACEBACK':
        return RemoteError(result)
    return RemoteError('Unserializable message: %s\n' % result)


class RemoteError(Exception):
    def __str__(self):
        rule = '-' * 75
        return '\n%s\n%s%s' % (rule, self.args[0], rule)


def all_methods(obj):
    return [name for name in dir(obj) if callable(getattr(obj, name))]


def public_methods(obj):
    # What an AutoProxy forwards when the registration names nothing.
    return [name for name in all_methods(obj) if not name.startswith('_')]


def _format_exc():
    return _kernel.format_exception(sys.exc_info()[1])


def _imul(obj, n):
    obj *= n
    return obj


def _delitem(obj, key):
    del obj[key]


def _setitem(obj, key, value):
    obj[key] = value


# Methods the server applies as the operations they stand for (our built-in
# types do not all have them as attributes).
_special = {
    '__getattribute__': getattr, '__setattr__': setattr, '__delattr__': delattr,
    '__len__': len, '__getitem__': lambda obj, key: obj[key],
    '__setitem__': _setitem, '__delitem__': _delitem, '__contains__': lambda obj, key: key in obj,
    '__add__': lambda obj, other: obj + other, '__mul__': lambda obj, n: obj * n,
    '__rmul__': lambda obj, n: n * obj, '__imul__': _imul,
    '__reversed__': lambda obj: list(reversed(obj)),
}


class _Bound:
    """A `_special` operation bound to its object, called as a method is."""

    def __init__(self, op, obj):
        self.op = op
        self.obj = obj

    def __call__(self, *args, **kwds):
        return self.op(self.obj, *args, **kwds)


# The server side.

class Server:
    public = ['shutdown', 'create', 'accept_connection', 'get_methods',
              'debug_info', 'number_of_objects', 'dummy', 'incref', 'decref']

    def __init__(self, registry, address, authkey, serializer, requests=None):
        if not isinstance(authkey, bytes):
            raise TypeError("Authkey %r is type %s, not bytes" % (authkey, type(authkey)))
        self.registry = registry
        self.authkey = _mp.AuthenticationString(authkey)
        if requests is None:
            requests = _kernel.new_queue(0)
            _kernel.mark_internal(requests)
        self.requests = requests
        self.listener = self.address = None
        if address is not None:
            from multiprocessing import connection
            self.listener = connection.Listener(address=address, backlog=16)  #@cpython:156
            self.address = self.listener.address
        # id -> (object, exposed names, method_to_typeid)
        self.id_to_obj = {}
        self.clients = {}

    def serve_forever(self):
        _mp.current_process()._manager_server = self
        try:
            if self.listener is not None:
                accepter = threading.Thread(target=self.accepter)
                accepter.daemon = True
                accepter.start()
            while True:
                ok, request = _kernel.get(self.requests, True, None)
                if request is None:
                    break
                client = request[0]
                if client not in self.clients:
                    inbox = threading._internal(queue.SimpleQueue())
                    self.clients[client] = inbox
                    threading.Thread(target=self.serve_clients, args=(inbox,), daemon=True).start()
                self.clients[client].put(request)
        finally:
            sys.exit(0)

    def accepter(self):
        # A client at the address learns where requests go, then uses the queue.
        from multiprocessing import connection
        while True:
            try:
                c = self.listener.accept()
                connection.deliver_challenge(c, self.authkey)
                connection.answer_challenge(c, self.authkey)
                c.send((self.requests, _kernel.getpid()))
                c.close()
            except Exception:
                continue

    def serve_clients(self, inbox):
        while True:
            client, reply, ident, methodname, args, kwds = inbox.get()
            if ident is None:
                msg = self._handle_request(None, methodname, args, kwds)
            else:
                msg = self.serve_client(ident, methodname, args, kwds)
            try:
                _kernel.put(reply, msg, True, None)  #@cpython:306|send(msg)
            except Exception:
                _kernel.put(reply, ('#UNSERIALIZABLE', _format_exc()), True, None)
            if ident is None and methodname == 'shutdown':
                _kernel.put(self.requests, None, True, None)

    def _handle_request(self, c, funcname, args, kwds):
        # A request to the server itself (create, get_methods, shutdown, ...).
        if funcname not in self.public:
            return ('#TRACEBACK', 'AssertionError: %r unrecognized\n' % (funcname,))
        func = getattr(self, funcname)
        try:
            result = func(c, *args, **kwds)  #@cpython:209
        except Exception:
            return ('#TRACEBACK', _format_exc())
        return ('#RETURN', result)

    # Named as CPython's loop, whose frame the server's tracebacks show.
    def serve_client(self, ident, methodname, args, kwds):
        # A method call on a shared object: its own exception goes back as '#ERROR'
        # (raised again in the caller), a failure of the server's as its traceback.
        obj = None
        try:
            obj, exposed, to_typeid = self.id_to_obj[ident]
            if methodname not in exposed:
                raise AttributeError('method %r of %r object is not in exposed=%r' % (methodname, type(obj), exposed))  #@cpython:265|raise AttributeError(
            op = _special.get(methodname)
            function = _Bound(op, obj) if op is not None else getattr(obj, methodname)
            try:
                res = function(*args, **kwds)
            except Exception as e:
                return ('#ERROR', e)
            typeid = (to_typeid or {}).get(methodname)
            if typeid is None:
                return ('#RETURN', list(res) if methodname in ('keys', 'values', 'items') else res)
            # The result stays here too, and the caller gets a proxy of it.
            new_id, new_exposed = self.create(None, typeid, res)
            proxytype = self.registry[typeid][-1]
            return ('#PROXY', (new_exposed, Token(typeid, self.address, new_id), proxytype))
        except AttributeError:
            try:
                fallback_func = self.fallback_mapping[methodname]  #@cpython:290
                return ('#RETURN', fallback_func(obj))
            except Exception:
                return ('#TRACEBACK', _format_exc())
        except Exception:
            return ('#TRACEBACK', _format_exc())

    # What a proxy may ask of any object, exposed or not.
    fallback_mapping = {'__str__': str, '__repr__': repr, '#GETVALUE': lambda obj: obj}

    def dummy(self, c):
        pass

    def number_of_objects(self, c):
        return len(self.id_to_obj)

    def shutdown(self, c):
        # The serving thread stops the server once this reply is sent.
        return None

    def incref(self, c, ident):
        pass

    def decref(self, c, ident):
        pass

    def accept_connection(self, c, name):
        pass

    def create(self, c, typeid, /, *args, **kwds):
        callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
        if callable is not None:
            obj = callable(*args, **kwds)  #@cpython:387
        elif len(args) == 1 and not kwds:
            # Registered without a callable: the object is the one argument.
            obj = args[0]
        else:
            raise ValueError("Without callable, must have one non-keyword argument")  #@cpython:383|raise ValueError(
        names = list(public_methods(obj) if exposed is None else exposed)
        if method_to_typeid is not None:
            if not isinstance(method_to_typeid, dict):
                raise TypeError("Method_to_typeid %r: type %s, not dict" % (method_to_typeid, type(method_to_typeid)))
            names.extend(method_to_typeid)
        ident = '%x' % id(obj)
        self.id_to_obj[ident] = (obj, set(names), method_to_typeid)
        return ident, tuple(names)

    def get_methods(self, c, token):
        return tuple(self.id_to_obj[token.id][1])


# The client side.

_reply_queues = {}


def _client():
    """This thread's (pid, thread id) and the queue its replies come back on."""
    key = (_kernel.getpid(), _kernel.get_ident())
    if key not in _reply_queues:
        _reply_queues[key] = _kernel.new_queue(0)
        _kernel.mark_internal(_reply_queues[key])
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
    _kernel.put(connection._requests, (key, reply) + buf[0], True, None)


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
        ok, value = _kernel.get(self._reply, True, None)
        return value

    def close(self):
        pass


class BaseProxy:
    """Stands for an object in a manager's server; its methods run there.

    Unlike CPython's, a proxy holds no reference count in the server: the
    objects live as long as the server does."""

    def __init__(self, token, serializer='pickle', manager=None,
                 authkey=None, exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._serializer = serializer
        self._owned_by_manager = manager_owned

    def _connect(self):
        return Connection(self._token._requests, self._token._server)

    def _callmethod(self, methodname, args=(), kwds={}):
        conn = self._connect()
        conn.send((self._id, methodname, args, kwds))  #@cpython:821
        kind, result = conn.recv()
        if kind == '#RETURN':
            return result
        if kind == '#PROXY':
            # The method's result stayed in the server (method_to_typeid).
            exposed, token, proxytype = result
            token.address = self._token.address
            token._requests, token._server = self._token._requests, self._token._server
            return proxytype(token, self._serializer, exposed=exposed)
        raise convert_to_error(kind, result)  #@cpython:837

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def __getattr__(self, name):
        # An AutoProxy class made in another process may lack a method its
        # instance exposes: it is added on first use.
        exposed = self.__dict__.get('_exposed_', ())
        if name in exposed:
            _add_forwarders(type(self), (name,))
            return getattr(self, name)
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
               (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _add_forwarders(cls, names):
    # As CPython's MakeProxyType: each method is a small function compiled from
    # text, so tracebacks show `File "<string>", line 2, in add`.
    namespace = {}
    for name in names:
        if name in cls.__dict__:
            continue
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (name, name), namespace)
        setattr(cls, name, namespace[name])
    return cls


def _forwarders(cls, names):
    _add_forwarders(cls, names)
    cls._exposed_ = tuple(names)
    return cls


def MakeProxyType(name, exposed, _cache={}):
    # One class per name, kept as a global of this module so that a proxy sent to
    # another process finds its class by name there (register() makes it in every
    # process that registers the typeid).
    exposed = tuple(exposed)
    ProxyType = globals().get(name)
    if ProxyType is None:
        ProxyType = type(name, (BaseProxy,), {})
        globals()[name] = ProxyType
    _add_forwarders(ProxyType, exposed)
    return ProxyType


def AutoProxy(token, serializer='pickle', manager=None, authkey=None,
              exposed=None, incref=True, manager_owned=False):
    if exposed is None:
        conn = Connection(token._requests, token._server)
        exposed = dispatch(conn, None, 'get_methods', (token,))
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager, authkey=authkey,
                      incref=incref, manager_owned=manager_owned)
    proxy._exposed_ = tuple(exposed)
    proxy._isauto = True
    return proxy


class DictProxy(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('keys'))


_forwarders(DictProxy, ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear',
                        'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))


class ListProxy(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('#GETVALUE'))

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


_forwarders(ListProxy, ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                       '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index',
                       'insert', 'pop', 'remove', 'reverse', 'sort', '__imul__'))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

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
    _exposed_ = ('acquire', 'release')

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
ConditionProxy._exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')


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
BarrierProxy._exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


_names = _random.Random(int.from_bytes(_kernel.authkey()[8:16], 'big'))


def _random_name():
    return ''.join(_names.choice('abcdefghijklmnopqrstuvwxyz0123456789_') for i in range(8))


class State:
    INITIAL, STARTED, SHUTDOWN = 0, 1, 2

    def __init__(self):
        self.value = State.INITIAL


def _run_server(cls, registry, address, authkey, serializer, requests, writer,
                initializer=None, initargs=()):
    # The server process's target: the manager's start() waits for the address.
    if initializer is not None:
        initializer(*initargs)
    server = cls._Server(registry, address, authkey, serializer, requests)
    writer.send(server.address)
    writer.close()
    server.serve_forever()


def _check_state(state, unstarted):
    # `unstarted`: whether INITIAL is the state wanted (else STARTED).
    if state.value == State.INITIAL and not unstarted:
        raise ProcessError("Unable to start server")
    if state.value == State.STARTED and unstarted:
        raise ProcessError("Already started server")
    if state.value == State.SHUTDOWN:
        raise ProcessError("Manager has shut down")


class BaseManager:
    _registry = {}
    _Server = Server

    def __init__(self, address=None, authkey=None, serializer='pickle',
                 ctx=None, *, shutdown_timeout=1.0):
        if authkey is None:
            authkey = _mp.current_process().authkey
        self._address = address
        self._authkey = _mp.AuthenticationString(authkey)
        self._state = State()
        self._serializer = serializer
        self._ctx = ctx or _mp.get_context()
        self._shutdown_timeout = shutdown_timeout
        self._process = self._requests = self._server = None

    def get_server(self):
        _check_state(self._state, True)
        return self._Server(self._registry, self._address, self._authkey, self._serializer)

    def connect(self):
        # The server at the address tells us its request queue and pid.
        from multiprocessing import connection
        conn = connection.Client(self._address, authkey=self._authkey)  #@cpython:532
        self._requests, self._server = conn.recv()
        conn.close()
        self._state.value = State.STARTED

    def start(self, initializer=None, initargs=()):
        _check_state(self._state, True)
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = threading._internal(*_mp.Pipe(duplex=False))
        self._requests = _kernel.new_queue(0)
        _kernel.mark_internal(self._requests)
        args = (type(self), self._registry, self._address, self._authkey, self._serializer,
                self._requests, writer, initializer, initargs)
        self._process = self._ctx.Process(target=_run_server, args=args)
        # Named as CPython names it: SyncManager-1, MyManager-2, ...
        self._process.name = '%s-%s' % (type(self).__name__, ':'.join(map(str, self._process._identity)))
        self._process.start()
        writer.close()
        address = reader.recv()
        reader.close()
        # CPython's server listens at a fresh AF_UNIX path when given no address.
        self._address = address if address is not None else '/tmp/pymp-%s/listener-%s' % (
            _random_name(), _random_name())
        self._server = self._process.pid
        self._state.value = State.STARTED
        # At exit, this process (not a forked copy of it) stops its server.
        _mp._finalizers.append((_kernel.getpid(), self.shutdown))

    def _create(self, typeid, /, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'  #@cpython:606
        conn = Connection(self._requests, self._server)
        id, exposed = dispatch(conn, None, 'create', (typeid,)+args, kwds)  #@cpython:609
        token = Token(typeid, self._address, id)
        token._requests = self._requests
        token._server = self._server
        return token, exposed

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def _number_of_objects(self):
        return dispatch(Connection(self._requests, self._server), None, 'number_of_objects')

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        _check_state(self._state, False)
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def shutdown(self):
        if self._state.value != State.STARTED or self._process is None:
            return
        process = self._process
        if process.is_alive():
            try:
                dispatch(Connection(self._requests, self._server), None, 'shutdown')
            except Exception:
                pass
            process.join(timeout=self._shutdown_timeout)
            if process.is_alive():
                process.terminate()
                process.join(timeout=self._shutdown_timeout)
        self._state.value = State.SHUTDOWN

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        # Each class keeps its own registry, starting from its base's.
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        if proxytype is None:
            proxytype = AutoProxy
        if not exposed:
            exposed = getattr(proxytype, '_exposed_', None)
        if not method_to_typeid:
            method_to_typeid = getattr(proxytype, '_method_to_typeid_', None)
        for key, value in (method_to_typeid or {}).items():
            assert type(key) is str, '%r is not a string' % key
            assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if proxytype is AutoProxy:
            # Every process that registers the typeid knows its proxy class.
            MakeProxyType('AutoProxy[%s]' % typeid, exposed or ())
        if not create_method:
            return

        def temp(self, /, *args, **kwds):
            token, exp = self._create(typeid, *args, **kwds)  #@cpython:727
            return proxytype(token, self._serializer, manager=self, authkey=self._authkey, exposed=exp)
        temp.__name__ = typeid
        setattr(cls, typeid, temp)


class SyncManager(BaseManager):
    """A manager of the shared types multiprocessing.Manager() offers."""


for _typeid, _callable, _proxytype in [
        ('Queue', queue.Queue, None), ('JoinableQueue', queue.Queue, None),
        ('Event', threading.Event, EventProxy), ('Lock', threading.Lock, AcquirerProxy),
        ('RLock', threading.RLock, AcquirerProxy), ('Semaphore', threading.Semaphore, AcquirerProxy),
        ('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy),
        ('Condition', threading.Condition, ConditionProxy), ('Barrier', threading.Barrier, BarrierProxy),
        ('list', list, ListProxy), ('dict', dict, DictProxy), ('Value', Value, ValueProxy),
        ('Array', Array, ListProxy), ('Namespace', Namespace, NamespaceProxy)]:
    SyncManager.register(_typeid, _callable, _proxytype)
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
