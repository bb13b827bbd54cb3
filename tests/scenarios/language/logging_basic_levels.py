# basicConfig sets up the root logger once; levels filter what is shown.
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format='%(levelname)s:%(name)s:%(message)s')
logging.debug('hidden: below INFO')
logging.info('started %d workers', 4)
logging.warning('disk at %d%%', 91)
logging.error('job %s failed', 'build')
logging.critical('shutting down')
logging.log(logging.INFO, 'via log(%s)', 'INFO')
logging.info('mapping: %(user)s logged in', {'user': 'ada'})
logging.basicConfig(level=logging.DEBUG)  # ignored: the root has a handler
logging.debug('still hidden')

print(logging.getLevelName(10), logging.getLevelName('ERROR'), logging.getLevelName(25))
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'a custom level')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
root = logging.getLogger()
print(root, root.level, root.getEffectiveLevel(), root.isEnabledFor(logging.DEBUG))
print(root.handlers)
root.setLevel('DEBUG')
logging.debug('now shown')
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('errors still pass')
logging.disable(logging.NOTSET)
logging.basicConfig(force=True, stream=sys.stdout, format='[%(levelname)-8s] %(message)s')
logging.warning('after force')
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))
for bad in ('verbose', 3.5):
    try:
        root.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    logging.log('INFO', 'x')
except TypeError as e:
    print(e)
