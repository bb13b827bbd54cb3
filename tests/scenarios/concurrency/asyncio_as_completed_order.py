# asyncio.as_completed yields awaitables in the order the downloads finish, not the
# order they were started; a timeout raises TimeoutError for those still running.
import asyncio


async def download(name, secs):
    await asyncio.sleep(secs)
    return f'{name} 下载完成 ({secs}s)'


async def main():
    jobs = [download('a.mp4', 0.3), download('b.mp3', 0.1), download('c.txt', 0.2)]
    for next_done in asyncio.as_completed(jobs):
        print(await next_done)
    try:
        for next_done in asyncio.as_completed([download('big.iso', 5), download('tiny.txt', 0.1)], timeout=1):
            print(await next_done)
    except TimeoutError:
        print('timed out waiting for the rest')


asyncio.run(main())
