# Each record carries the name of the thread that logged it. Workers run one at
# a time here (start, then join), so the order is fixed.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(threadName)-10s %(levelname)-7s %(funcName)s: %(message)s')
log = logging.getLogger('jobs')


def work(job, lock):
    with lock:
        log.debug('job %d waiting on the lock', job)
    log.info('job %d done', job)


lock = threading.Lock()
log.info('main starts')
for n in range(3):
    t = threading.Thread(target=work, args=(n, lock), name=f'worker-{n}')
    t.start()
    t.join()
anonymous = threading.Thread(target=work, args=(9, lock))
anonymous.start()
anonymous.join()
log.info('threads seen: %s', threading.current_thread().name)
print('records name their thread:', logging.makeLogRecord({}).threadName)
