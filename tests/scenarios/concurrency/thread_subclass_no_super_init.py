from threading import Thread


class MyThread(Thread):
    def __init__(self, n):
        self.n = n

    def run(self):
        print("n =", self.n)


t = MyThread(3)
t.start()
