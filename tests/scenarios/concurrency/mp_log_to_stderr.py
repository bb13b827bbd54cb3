# multiprocessing.log_to_stderr(): the logger named multiprocessing writes
# [LEVEL/ProcessName] lines to stderr, with the library's own messages about
# children starting and exiting and the process shutting down.
import logging
import multiprocessing

def work(n):
    multiprocessing.get_logger().warning('working on %d', n)

if __name__ == '__main__':
    logger = multiprocessing.log_to_stderr()
    logger.setLevel(logging.INFO)
    p = multiprocessing.Process(target=work, args=(1,))
    p.start()
    p.join()
    print('exit code', p.exitcode)
    logger.info('done')
