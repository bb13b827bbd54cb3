# The course's bakery (producer/consumer) with coroutines: producers bake buns into an
# asyncio.Queue, one None per consumer tells the consumers to stop.
import asyncio


async def producer(name, q, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        bun = f'{name}的包子{i}'
        print(f'{name} 生产了 {bun}')
        await q.put(bun)


async def consumer(name, q, delay):
    eaten = 0
    while True:
        bun = await q.get()
        if bun is None:
            print(f'{name} 吃完了，共吃了{eaten}个')
            break
        await asyncio.sleep(delay)
        eaten += 1
        print(f'{name} 吃了 {bun}')


async def main():
    q = asyncio.Queue(maxsize=3)
    producers = [asyncio.create_task(producer('大厨', q, 4, 0.3)),
                 asyncio.create_task(producer('二厨', q, 3, 0.5))]
    consumers = [asyncio.create_task(consumer('小明', q, 0.75)),
                 asyncio.create_task(consumer('小红', q, 1.15))]
    await asyncio.gather(*producers)
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print('主协程结束')


asyncio.run(main())
