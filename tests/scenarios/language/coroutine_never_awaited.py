# Calling a coroutine function without await only makes a coroutine object: nothing
# runs, and CPython warns on stderr (once per line) when it is dropped.
import asyncio


async def greet(name):
    print(f'hello {name}')


async def main():
    asyncio.sleep(1)
    greet('forgotten')
    await greet('awaited')


for i in range(3):
    greet('in a loop')
asyncio.run(main())
print('done')
