# logger.exception logs the traceback of the exception being handled; a message
# whose arguments do not fit its format is reported on stderr as CPython does,
# and the program goes on.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(funcName)s: %(message)s')
log = logging.getLogger('calc')


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        log.exception('cannot divide %d by %d', a, b)
        return None


print(divide(6, 3))
print(divide(1, 0))
try:
    int('x')
except ValueError as e:
    log.error('bad number', exc_info=True)
    log.warning('as an object', exc_info=e)
log.error('no exception here', exc_info=True)


def report():
    log.warning('%d items', 'three')


report()
log.warning('missing %s and %s', 'one')
print('still running')
