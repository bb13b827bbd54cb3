# Task.cancel: the task sees CancelledError at its await, may clean up, and the
# awaiting code gets CancelledError too; cancelled() and the task's repr say so.
import asyncio


async def cancel_me():
    print('cancel_me(): before sleep')
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print('cancel_me(): cancel sleep')
        raise
    finally:
        print('cancel_me(): after sleep')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: ignoring the cancel')
    return 'still here'


async def main():
    task = asyncio.create_task(cancel_me())
    await asyncio.sleep(1)
    print(task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('main(): cancel_me is cancelled now')
    print(task.cancelled(), task.done(), task.cancel())
    print(task)
    s = asyncio.create_task(stubborn(), name='stubborn')
    await asyncio.sleep(0)
    s.cancel('please stop')
    print(await s, s.cancelled())
    t = asyncio.create_task(asyncio.sleep(5, result='x'), name='with-msg')
    await asyncio.sleep(0)
    t.cancel('too slow')
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError args:', e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raises', type(e).__name__)


asyncio.run(main())
