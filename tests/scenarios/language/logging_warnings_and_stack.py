# Deprecated warn() calls, warnings captured into logging, stack_info and
# stacklevel, custom Logger classes, and a format field the record lacks (reported
# on stderr as a logging error).
import logging, sys, warnings
logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('w')
log.warn('old api')
logging.warn('old module api')
logging.captureWarnings(True)
warnings.warn('captured!')
logging.captureWarnings(False)
def f():
    log.warning('with stack', stack_info=True)
f()
log.warning('level %s', 'x', stacklevel=2)
class Custom(logging.Logger):
    pass
logging.setLoggerClass(Custom)
print(type(logging.getLogger('custom')).__name__, logging.getLoggerClass().__name__)
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',)})
print(rec.getMessage(), repr(rec)[:40])
h = logging.StreamHandler(sys.stdout)
h.name = 'named'
print(h.name, h.get_name())
fmt = logging.BufferingFormatter()
print(repr(fmt.format([rec, rec])))
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename='x')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, foo=1)
except ValueError as e:
    print(e)
print(logging.root is logging.getLogger(), logging.getLogger('root') is logging.root)
logging.basicConfig(force=True, stream=sys.stdout, format='%(message)s %(foo)s')
logging.warning('bad field')
