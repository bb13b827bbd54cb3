# seed: 004_d08f8a472ab23a1c.txt, 6.2 使用多进程实现socket聊天并发-client端 (run alone: no server)  # completed: restored the indentation the notes lost
# interleave: schedule-dependent
from socket import *
client=socket(AF_INET,SOCK_STREAM)
client.connect(('127.0.0.1',8080))
while True:
    msg=input('>>: ').strip()
    if not msg:continue
    client.send(msg.encode('utf-8'))
    msg=client.recv(1024)
    print(msg.decode('utf-8'))
