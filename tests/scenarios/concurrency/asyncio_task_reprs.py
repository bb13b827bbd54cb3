# What tasks and futures look like when printed, at each stage of their life, and
# current_task() from inside a coroutine.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    t = asyncio.create_task(work(1))
    print(t)
    print(asyncio.current_task())
    print(asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print(t)
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.set_result(5)
    print(fut, fut.done(), await fut)
    await t
    print(t)
    t2 = asyncio.create_task(work(5), name='w')
    await asyncio.sleep(0)
    t2.cancel()
    print(t2)
    try:
        await t2
    except asyncio.CancelledError as e:
        print('cancelled', repr(e), t2.cancelled())
    print(t2)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(ValueError('bad'))
    print(f2)
    print(repr(f2.exception()))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f3 = asyncio.get_running_loop().create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(asyncio.get_running_loop())
    t3 = asyncio.create_task(work(0))
    t3.set_name('renamed')
    print(t3.get_name(), await t3)


asyncio.run(main())
