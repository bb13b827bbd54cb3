import threading


def alarm(msg):
    raise RuntimeError(msg)


t = threading.Timer(0.05, alarm, args=("闹钟坏了",))
t.start()
t.join()
print("main ok")
