# The docs' Queue example, made deterministic: workers take sleep times from a queue,
# queue.join() waits until every item is marked done, then the workers are cancelled.
import asyncio


async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append((name, sleep_for))
        print(f'{name} has slept for {sleep_for:.2f} seconds')


async def main():
    queue = asyncio.Queue()
    total_sleep_time = 0
    for delay in [0.31, 0.12, 0.53, 0.24, 0.41, 0.19, 0.29, 0.38]:
        total_sleep_time += delay
        queue.put_nowait(delay)
    log = []
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue, log))
        tasks.append(task)
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    await queue.join()
    total_slept_for = loop.time() - started_at
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print('====')
    print(f'3 workers slept in parallel for {total_slept_for:.1f} seconds')
    print(f'total expected sleep time: {total_sleep_time:.2f} seconds')


asyncio.run(main())
