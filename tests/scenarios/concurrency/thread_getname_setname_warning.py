import threading


def work():
    t = threading.current_thread()
    print(t.getName(), threading.currentThread().name)


t = threading.Thread(target=work)
t.setName("renamed")
t.setDaemon(True)
t.start()
t.join()
print(t.isDaemon(), threading.activeCount())
