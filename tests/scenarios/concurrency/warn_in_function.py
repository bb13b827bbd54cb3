import threading


def label(t):
    return t.getName()


for _ in range(2):
    print(label(threading.current_thread()))
