# The course's ticket sale with coroutines: each buyer checks the stock, "waits on the
# network" (an await) and then buys. Without a lock every buyer sees the last ticket;
# with asyncio.Lock around check-and-buy only one gets it.
import asyncio
import json


async def buy(i, db, lock=None):
    async def check_and_buy():
        stock = json.loads(db['data'])
        print(f'用户{i}查询余票：{stock["ticket_num"]}')
        await asyncio.sleep(0.1 * (i % 3 + 1))
        if stock['ticket_num'] > 0:
            stock['ticket_num'] -= 1
            db['data'] = json.dumps(stock)
            print(f'用户{i}买票成功')
        else:
            print(f'用户{i}买票失败')
    if lock is None:
        await check_and_buy()
    else:
        async with lock:
            await check_and_buy()


async def main():
    db = {'data': json.dumps({'ticket_num': 1})}
    await asyncio.gather(*(buy(i, db) for i in range(1, 5)))
    print('没有锁，剩余', json.loads(db['data'])['ticket_num'], '张；卖出了不止一张')
    db = {'data': json.dumps({'ticket_num': 1})}
    lock = asyncio.Lock()
    await asyncio.gather(*(buy(i, db, lock) for i in range(1, 5)))
    print('有锁，剩余', json.loads(db['data'])['ticket_num'], '张')


asyncio.run(main())
