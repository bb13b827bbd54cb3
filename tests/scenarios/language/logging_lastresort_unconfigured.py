# With no handler configured, a named logger's WARNING and above reach stderr as
# the bare message (the last resort); the module-level functions configure the
# root logger first, with the default "LEVEL:name:message" format.
import logging

log = logging.getLogger('app')
log.info('not shown: the default level is WARNING')
log.warning('disk almost full')
log.error('cannot write %s', 'out.txt')
print('root handlers before:', logging.getLogger().handlers)
logging.warning('through the root')
logging.info('still below WARNING')
print('root handlers after:', logging.getLogger().handlers)
log.warning('now formatted too')
