# The event loop's socket calls by hand (loop.sock_accept, sock_recv, sock_sendall,
# sock_connect) on non-blocking sockets: an upper-casing server and two clients.
import asyncio
import socket


async def handle(loop, conn, name):
    with conn:
        while True:
            data = await loop.sock_recv(conn, 1024)
            if not data:
                break
            await loop.sock_sendall(conn, data.upper())
    print(f'server: {name} done')


async def server(loop, listener, clients):
    for i in range(clients):
        conn, addr = await loop.sock_accept(listener)
        conn.setblocking(False)
        loop.create_task(handle(loop, conn, f'client{i}'))


async def client(loop, port, words, delay):
    sock = socket.socket()
    sock.setblocking(False)
    await loop.sock_connect(sock, ('127.0.0.1', port))
    for word in words:
        await asyncio.sleep(delay)
        await loop.sock_sendall(sock, word.encode())
        print('client got', (await loop.sock_recv(sock, 1024)).decode())
    sock.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(('127.0.0.1', 8891))
    listener.listen()
    listener.setblocking(False)
    accepting = asyncio.create_task(server(loop, listener, 2))
    await asyncio.gather(client(loop, 8891, ['hello', 'world'], 0.13), client(loop, 8891, ['asyncio'], 0.31))
    await accepting
    await asyncio.sleep(0.1)
    listener.close()


asyncio.run(main())
