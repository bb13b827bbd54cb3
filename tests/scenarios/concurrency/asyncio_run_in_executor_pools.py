# The docs' run_in_executor example: CPU-bound work in a ProcessPoolExecutor and
# blocking work in a ThreadPoolExecutor, awaited from the event loop.
import asyncio
import concurrent.futures

def cpu_bound(n):
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, cpu_bound, n) for n in (1000, 2000, 3000)))
        print('custom process pool', results)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, cpu_bound, 100)
        print('custom thread pool', result)

if __name__ == '__main__':
    asyncio.run(main())
