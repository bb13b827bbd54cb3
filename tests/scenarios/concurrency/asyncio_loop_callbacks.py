# PyMOTW's asyncio callbacks: call_soon (with a partial for keyword arguments),
# call_later with delays, and call_at on the loop's clock, on a loop made by hand.
import asyncio
import functools


def callback(arg, *, kwarg='default'):
    print('callback invoked with {} and {}'.format(arg, kwarg))


def timed(n, loop, start):
    print(f'callback {n} invoked at +{loop.time() - start:.1f}s')


async def main(loop):
    print('registering callbacks')
    loop.call_soon(callback, 1)
    wrapped = functools.partial(callback, kwarg='not default')
    loop.call_soon(wrapped, 2)
    start = loop.time()
    loop.call_later(0.2, timed, 1, loop, start)
    loop.call_later(0.1, timed, 2, loop, start)
    handle = loop.call_later(0.15, timed, 'cancelled', loop, start)
    loop.call_soon(timed, 3, loop, start)
    loop.call_at(start + 0.3, timed, 'at', loop, start)
    handle.cancel()
    print('handle cancelled:', handle.cancelled())
    await asyncio.sleep(0.4)


event_loop = asyncio.new_event_loop()
try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()
loop = asyncio.new_event_loop()
loop.call_later(0.1, loop.stop)
loop.call_soon(print, 'run_forever until stop()')
loop.run_forever()
print('stopped; running:', loop.is_running())
loop.close()
