# A common first mistake: create_task outside a running event loop. CPython raises
# RuntimeError (no running event loop) and, as it exits, warns that the coroutine
# handed to create_task was never awaited.
import asyncio


async def main():
    print('never printed')


print('before')
asyncio.create_task(main())
