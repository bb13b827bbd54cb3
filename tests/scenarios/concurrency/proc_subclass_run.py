import multiprocessing


class Worker(multiprocessing.Process):
    def __init__(self, label, n):
        super().__init__()
        self.label = label
        self.n = n

    def run(self):
        total = sum(range(self.n))
        print(f"{self.label}: sum(range({self.n})) = {total}")
        print("running as", multiprocessing.current_process().name)


if __name__ == '__main__':
    for i, n in enumerate([3, 5, 10]):
        w = Worker(f"w{i}", n)
        w.start()
        w.join()
    print("done")
