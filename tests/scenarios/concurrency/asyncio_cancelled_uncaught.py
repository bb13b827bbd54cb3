# A task that cancels itself and does not catch it: asyncio.run ends with
# CancelledError's traceback.
import asyncio

async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)

asyncio.run(main())
