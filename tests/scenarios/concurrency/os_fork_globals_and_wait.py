import os

money = 100
pid = os.fork()
if pid == 0:
    money -= 30
    print("child money", money)
    os._exit(0)
else:
    done, status = os.wait()
    print("parent money", money, done == pid, status >> 8)
