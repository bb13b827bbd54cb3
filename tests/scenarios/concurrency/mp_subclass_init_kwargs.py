from multiprocessing import Process
import os


class Worker(Process):
    def __init__(self, name, count, *, greeting="你好"):
        super().__init__()
        self.name = name
        self.count = count
        self.greeting = greeting

    def run(self):
        for i in range(self.count):
            print(f"{self.greeting} {self.name} 第{i + 1}次")
        print(self.name, "in child:", os.getpid() != MAIN_PID)


MAIN_PID = os.getpid()

if __name__ == '__main__':
    workers = [Worker("alex", 2), Worker("egon", 1, greeting="hi")]
    for w in workers:
        w.start()
        w.join()
    print([w.name for w in workers], [w.exitcode for w in workers])
    print("主进程结束")
