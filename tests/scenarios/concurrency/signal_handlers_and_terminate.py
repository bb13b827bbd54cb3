# Signal handlers: a child that catches SIGTERM finishes cleanly on terminate();
# one that ignores it must be killed; a handler runs in the middle of a sleep,
# which then goes on; SIGINT raises KeyboardInterrupt.
import os
import signal
import sys
import time
from multiprocessing import Process


def graceful():
    def on_term(signum, frame):
        print("cleaning up after", signal.Signals(signum).name)
        sys.exit(0)
    signal.signal(signal.SIGTERM, on_term)
    while True:
        time.sleep(0.05)


def stubborn():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(5)


if __name__ == '__main__':
    print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT).__name__)
    p = Process(target=graceful)
    p.start()
    time.sleep(0.2)
    p.terminate()
    p.join()
    print("graceful exit code:", p.exitcode)
    q = Process(target=stubborn)
    q.start()
    time.sleep(0.2)
    q.terminate()
    q.join(0.3)
    print("still alive after SIGTERM:", q.is_alive())
    q.kill()
    q.join()
    print("stubborn exit code:", q.exitcode)

    hits = []
    signal.signal(signal.SIGUSR1, lambda s, f: hits.append(s))
    start = time.time()
    pid = os.fork()
    if pid == 0:
        time.sleep(0.1)
        os.kill(os.getppid(), signal.SIGUSR1)
        os._exit(0)
    time.sleep(0.3)
    os.waitpid(pid, 0)
    print("handler ran:", hits, "sleep went on:", time.time() - start >= 0.3)
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("KeyboardInterrupt")
    print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is not None, signal.SIGTERM, int(signal.SIGKILL))
    try:
        signal.signal(signal.SIGKILL, signal.SIG_IGN)
    except OSError as e:
        print("OSError:", e)
