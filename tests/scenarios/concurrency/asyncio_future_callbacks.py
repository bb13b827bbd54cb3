# PyMOTW's futures and callbacks: a Future resolved by a scheduled callback, its done
# callbacks called with it (in the order added), and a callback's exception reported
# by the loop ("Exception in callback ...") without stopping it.
import asyncio
import functools


def mark_done(future, result):
    print('setting future result to {!r}'.format(result))
    future.set_result(result)


def report(n, future):
    print(f'{n}: future done: {future.result()}')


def broken():
    raise RuntimeError('callback failed')


async def main(loop):
    all_done = loop.create_future()
    all_done.add_done_callback(functools.partial(report, 1))
    all_done.add_done_callback(functools.partial(report, 2))
    print('scheduling mark_done')
    loop.call_soon(mark_done, all_done, 'the result')
    result = await all_done
    print('returned result: {!r}'.format(result))
    loop.call_soon(broken)
    await asyncio.sleep(0.1)
    print('the loop goes on')


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main(loop))
finally:
    loop.close()
