# A line-based server with streams: each client sends lines, the server answers each
# with its length, and `async for line in reader` ends at the client's EOF.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')[0]
    count = 0
    async for line in reader:
        text = line.decode().rstrip('\n')
        count += 1
        writer.write(f'{text!r} has {len(text)} chars\n'.encode())
        await writer.drain()
    print(f'server: {peer} sent {count} lines, closing')
    writer.close()
    await writer.wait_closed()


async def client(name, port, lines, delay):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for text in lines:
        await asyncio.sleep(delay)
        writer.write((text + '\n').encode())
        answer = await reader.readline()
        print(f'{name} <- {answer.decode().strip()}')
    writer.write_eof()
    print(f'{name} reads {await reader.read()!r} at the end')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8890)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(client('ann', port, ['hi', 'how are you?'], 0.13),
                             client('bob', port, ['hello there'], 0.31))
        await asyncio.sleep(0.1)
    print('server closed:', not server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError:', e)


asyncio.run(main())
