# asyncio.Queue's non-waiting calls raise QueueEmpty/QueueFull; a full queue makes
# put() wait for a get(); PriorityQueue gives the smallest item first, LifoQueue the
# newest; task_done() past the count is a ValueError.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty', repr(asyncio.QueueEmpty()))
    q.put_nowait('a')
    q.put_nowait('b')
    print(q, q.qsize(), q.full(), q.empty(), q.maxsize)
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull')

    async def late_put():
        print('putting c (waits)')
        await q.put('c')
        print('put c done')

    t = asyncio.create_task(late_put())
    await asyncio.sleep(0.1)
    print(q)
    print('got', await q.get())
    await t
    print([q.get_nowait() for _ in range(q.qsize())])
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    await q.join()

    pq = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'urgent'), (2, 'normal')]:
        await pq.put(item)
    print([(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    async def getter():
        return await q.get()
    g = asyncio.create_task(getter())
    await asyncio.sleep(0)
    print(q)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('getter cancelled', q)


asyncio.run(main())
