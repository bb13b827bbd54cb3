# Formatter fields (where the call came from, the logger, the level), the '{' and
# '$' styles, and asctime from a fixed creation time (a filter sets it, so the
# output does not depend on when this runs).
import logging
import sys
import time

logger = logging.getLogger('fmt')
logger.setLevel(logging.DEBUG)
logger.propagate = False


def add(fmt, **kwargs):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter(fmt, **kwargs))
    logger.handlers[:] = [handler]
    return handler


class FixedTime(logging.Filter):
    def filter(self, record):
        record.created = 1704067200.25
        record.msecs = 250.0
        return True


logger.addFilter(FixedTime())


def where():
    logger.info('inside a function')


add('%(levelname)s %(levelno)d %(name)s %(filename)s %(module)s %(funcName)s %(lineno)d: %(message)s')
logger.info('at module level')
where()
add('{levelname:<8}|{name:^7}|{message!r}', style='{')
logger.warning('braces %s', 'work')
add('$levelname $name: ${message}!', style='$')
logger.error('dollars')
add('%(asctime)s %(message)s')
logger.info('default asctime')
add('%(asctime)s %(message)s', datefmt='%d/%m/%Y %H:%M')
logger.info('custom datefmt')
logging.Formatter.converter = time.gmtime
add('%(asctime)s|%(created).2f|%(msecs)03d %(message)s', datefmt='%Y-%m-%dT%H:%M:%S')
logger.info('gmtime converter')
add('%(message)s [%(user)s]', defaults={'user': 'nobody'})
logger.info('defaults')
logger.info('extra', extra={'user': 'ada'})
add('%(message)s', style='%')
logger.info('%s + %s = %d', 2, 2, 4)
logger.info({'not': 'formatted'})

for fmt, style in [('%(message)', '%'), ('no fields', '{'), ('{message!x}', '{'),
                   ('cost: $', '$'), ('%(message)s', '#')]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print('ValueError:', e)
try:
    logger.info('clash', extra={'name': 'other'})
except KeyError as e:
    print('KeyError:', e)
