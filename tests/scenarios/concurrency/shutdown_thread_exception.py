import threading


def divide():
    return 1 / 0


t = threading.Thread(target=divide)
t.start()
t.join()
print("main continues; exit code stays 0")
