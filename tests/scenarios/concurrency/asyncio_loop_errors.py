# CPython's messages for misusing the event loop: asyncio.run inside a running loop,
# a closed loop, no running loop, a non-coroutine, and a loop closed while a task is
# still pending ("Task was destroyed but it is pending!" on stderr).
import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    print(await inner())


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(inner()))
loop.close()
coro = inner()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
print(loop)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)


async def forever():
    await asyncio.sleep(3600)


async def starter():
    asyncio.create_task(forever())
    await asyncio.sleep(0.1)


loop = asyncio.new_event_loop()
loop.run_until_complete(starter())
loop.close()
print('closed with a pending task')
