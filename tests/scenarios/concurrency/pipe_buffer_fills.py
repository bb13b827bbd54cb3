# A pipe's buffer is bounded: a send that does not fit waits until the reader
# has taken enough. Pipe(duplex=False) is an os.pipe (64 KiB); the default
# Pipe() is a socket pair, whose buffer is bigger. A reader that goes away
# breaks the wait with BrokenPipeError.
import multiprocessing as mp
import threading
import time


def try_send(duplex, size):
    reader, writer = mp.Pipe(duplex)
    t = threading.Thread(target=writer.send_bytes, args=(b'x' * size,))
    t.start()
    time.sleep(0.1)
    waiting = t.is_alive()
    got = len(reader.recv_bytes())
    t.join()
    print(f'duplex={duplex} {size:>7} bytes:', 'waited for the reader' if waiting else 'returned at once', got)


for duplex in (False, True):
    for size in (1_000, 65_532, 65_533, 100_000, 300_000):
        try_send(duplex, size)


def send_into_nothing(conn):
    try:
        conn.send(b'z' * 200_000)
    except BrokenPipeError as e:
        print('writer:', type(e).__name__, e)


c, d = mp.Pipe(duplex=False)
w = threading.Thread(target=send_into_nothing, args=(d,))
w.start()
time.sleep(0.1)
c.close()
w.join()
print('done')
