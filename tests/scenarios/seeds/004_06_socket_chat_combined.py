# seed: 004_d08f8a472ab23a1c.txt, 六、socket聊天并发实例 (6.1 server + 6.2 client)  # completed: server and client in one program (server accept loop in a daemon thread, talk processes daemon)
# interleave: schedule-dependent
from socket import *
from multiprocessing import Process
from threading import Thread

server=socket(AF_INET,SOCK_STREAM)
server.setsockopt(SOL_SOCKET,SO_REUSEADDR,1)
server.bind(('127.0.0.1',8080))
server.listen(5)

def talk(conn,client_addr):
    while True:
        try:
            msg=conn.recv(1024)
            if not msg:break
            conn.send(msg.upper())
        except Exception:
            break

def serve():
    while True:
        conn,client_addr=server.accept()
        p=Process(target=talk,args=(conn,client_addr))
        p.daemon=True  # so the program can end when the client does
        p.start()

if __name__ == '__main__':
    Thread(target=serve,daemon=True).start()

    client=socket(AF_INET,SOCK_STREAM)
    client.connect(('127.0.0.1',8080))
    while True:
        msg=input('>>: ').strip()
        if not msg:continue
        client.send(msg.encode('utf-8'))
        msg=client.recv(1024)
        print(msg.decode('utf-8'))
