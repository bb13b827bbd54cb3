# asyncio.timeout expiring with nobody catching TimeoutError: CPython's chained
# traceback, the CancelledError inside sleep as the direct cause.
import asyncio

async def main():
    async with asyncio.timeout(0.1):
        await asyncio.sleep(1)

asyncio.run(main())
