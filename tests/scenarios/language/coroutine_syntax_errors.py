# CPython's SyntaxErrors for misplaced await, async for, async with and yield in
# async code, each caught from exec() so one program shows them all.
snippets = [
    'await x',
    'def f():\n    await x',
    'def f():\n    async for a in b: pass',
    'def f():\n    async with a: pass',
    'async for a in b: pass',
    'async def f():\n    yield from x',
    'async def f():\n    yield 1\n    return 2',
    'def f():\n    return [x async for x in y]',
    'def f():\n    return [await x for x in y]',
    'async def f():\n    return [await x for x in y]',
    'async def f():\n    async with a as b, c:\n        async for x in b: yield x',
]
for src in snippets:
    try:
        exec(src, {})
        print('compiles:', src.splitlines()[-1].strip())
    except SyntaxError as e:
        print('SyntaxError:', e.args[0])
