# The docs' TCP echo server and client with streams, in one program: start_server
# on the loopback, open_connection, write, read back, close.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Server received {message!r} from {addr[0]}")
    print(f"Server sends: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Server closes the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f'Client sends: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Client received: {data.decode()!r}')
    print('Client closes the connection')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 8888)
    port = server.sockets[0].getsockname()[1]
    print(f'Serving on port {port}')
    async with server:
        await tcp_echo_client('Hello World!', port)
        await asyncio.sleep(0.1)


asyncio.run(main())
