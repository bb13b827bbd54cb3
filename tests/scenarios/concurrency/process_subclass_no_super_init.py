from multiprocessing import Process


class MyProcess(Process):
    def __init__(self, name):
        self.name = name

    def run(self):
        print(self.name, "running")


if __name__ == '__main__':
    p = MyProcess("alex")
    p.start()
    p.join()
