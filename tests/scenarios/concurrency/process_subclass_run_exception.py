from multiprocessing import Process


class Worker(Process):
    def run(self):
        data = {"a": 1}
        print("worker reading")
        print(data["b"])


if __name__ == '__main__':
    w = Worker()
    w.start()
    w.join()
    print("exitcode", w.exitcode)
