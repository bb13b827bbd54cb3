# FileHandler appends formatted records to a file; basicConfig(filename=...)
# does the same for the root logger, with filemode 'w' to start afresh.
import logging

audit = logging.getLogger('audit')
audit.propagate = False
handler = logging.FileHandler('audit.log')
handler.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
audit.addHandler(handler)
audit.warning('first entry')
audit.error('second entry: %s', 'disk')
handler.close()
print(repr(open('audit.log').read()))

again = logging.FileHandler('audit.log')
audit.handlers = [again]
audit.critical('appended')
again.close()
print(open('audit.log').read(), end='')

logging.basicConfig(filename='app.log', filemode='w', level=logging.DEBUG,
                    format='%(levelname)s:%(message)s')
logging.debug('into the file')
logging.info('and another')
print(type(logging.getLogger().handlers[0]).__name__, logging.getLogger().handlers[0].mode)
logging.shutdown()
print(open('app.log').read(), end='')
delayed = logging.FileHandler('later.log', delay=True)
print(delayed.stream)
