# Once multiprocessing is imported, each record names the process that logged it;
# a forked child inherits the configured handlers.
import logging
import multiprocessing
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(processName)s %(levelname)s %(name)s: %(message)s')


def child(n):
    logging.getLogger('child').info('child %d reporting', n)


if __name__ == '__main__':
    logging.info('parent starts')
    for n in range(2):
        p = multiprocessing.Process(target=child, args=(n,), name=f'Worker-{n}')
        p.start()
        p.join()
    p = multiprocessing.Process(target=child, args=(7,))
    p.start()
    p.join()
    logging.info('children exited with %s', p.exitcode)
