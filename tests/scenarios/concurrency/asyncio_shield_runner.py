# shield() keeps an inner task running when the waiter is cancelled; asyncio.Runner
# runs several coroutines on one loop; run_coroutine_threadsafe hands a coroutine
# to the loop from another thread.
import asyncio
import threading


async def save(log):
    await asyncio.sleep(0.5)
    log.append('saved')
    return 'ok'


async def main():
    log = []
    inner = asyncio.ensure_future(save(log))
    waiter = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), timeout=0.1))
    try:
        await waiter
    except TimeoutError:
        print('waiter timed out; inner cancelled?', inner.cancelled())
    print(await inner, log)


asyncio.run(main())

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0.1, result='first')))
    print(runner.run(asyncio.sleep(0.1, result='second')))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


async def serve():
    loop = asyncio.get_running_loop()
    results = []

    def from_thread():
        future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        results.append(future.result())

    t = threading.Thread(target=from_thread)
    t.start()
    while not results:
        await asyncio.sleep(0.05)
    t.join()
    print('thread got', results[0])


asyncio.run(serve())
