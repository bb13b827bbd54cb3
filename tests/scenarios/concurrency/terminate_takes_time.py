# interleave: schedule-dependent
# terminate() sends SIGTERM and returns; the child dies a moment later.
import multiprocessing, time
def f():
    print('child running', flush=True)
    time.sleep(10)
if __name__ == '__main__':
    p = multiprocessing.Process(target=f)
    p.start()
    time.sleep(0.05)
    p.terminate()
    print('right after terminate:', p.is_alive(), p.exitcode)
    time.sleep(0.01)
    print('10 ms later:', p.is_alive(), p.exitcode)
    p.join()
    print('joined:', p.is_alive(), p.exitcode)
