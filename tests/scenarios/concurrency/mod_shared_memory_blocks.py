# The CPython docs' shared_memory examples: a block created in one place and
# attached by name, its buffer written through either; then processes
# sharing a block and a ShareableList by name.
from multiprocessing import shared_memory, Process

shm_a = shared_memory.SharedMemory(create=True, size=10)
print(type(shm_a.buf).__name__, len(shm_a.buf), shm_a.size)
buffer = shm_a.buf
buffer[:4] = bytearray([22, 33, 44, 55])  # Modify multiple at once
buffer[4] = 100                           # Modify single byte at a time
# Attach to an existing shared memory block
shm_b = shared_memory.SharedMemory(shm_a.name)
print(shm_b.name == shm_a.name, shm_b.size, list(shm_b.buf[:5]))
shm_b.buf[:5] = b'howdy'  # Modify via shm_b using bytes
print(bytes(shm_a.buf[:5]))      # Access via shm_a
print(shm_a.buf[0], shm_a.buf[-1], shm_a.buf[2:4].tobytes(), shm_a.buf.tolist())
try:
    shm_a.buf[:2] = b'abc'
except ValueError as e:
    print('ValueError:', e)
shm_b.close()   # Close each SharedMemory instance
print(shm_b.buf)
shm_a.close()
shm_a.unlink()  # Call unlink only once to release the shared memory
try:
    shared_memory.SharedMemory(shm_a.name)
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror)


def fill(name, start, count):
    block = shared_memory.SharedMemory(name)
    for i in range(start, start + count):
        block.buf[i] = i * 2
    block.close()


def bump(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] += 1
    sl[2] = 'changed'
    sl.shm.close()


if __name__ == '__main__':
    block = shared_memory.SharedMemory(name='demo_block', create=True, size=8)
    workers = [Process(target=fill, args=('demo_block', i * 4, 4)) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(block.name, block.buf.tolist(), repr(block))
    try:
        shared_memory.SharedMemory(name='demo_block', create=True, size=8)
    except FileExistsError as e:
        print('FileExistsError:', e)
    block.close()
    block.unlink()

    sl = shared_memory.ShareableList([41, 2.5, 'original', b'raw', True, None], name='demo_list')
    p = Process(target=bump, args=(sl.shm.name,))
    p.start()
    p.join()
    print(sl, len(sl), sl[0], sl[-1], sl.count(2.5), sl.index('changed'))
    try:
        sl[2] = 'a string far too long for its slot'
    except ValueError as e:
        print('ValueError:', e)
    try:
        sl[10]
    except IndexError as e:
        print('IndexError:', e)
    sl.shm.close()
    sl.shm.unlink()
