import threading


class MyThread(threading.Thread):
    def run(self):
        pass


def work():
    pass


ts = [threading.Thread(target=work), MyThread(), threading.Thread(target=lambda: None),
      threading.Thread(), threading.Thread(target=work, name="custom"), threading.Thread(target=print)]
for t in ts:
    print(t.name)
t = threading.Timer(1, work)
print(t.name)
print(threading.current_thread().name, threading.main_thread().name)
