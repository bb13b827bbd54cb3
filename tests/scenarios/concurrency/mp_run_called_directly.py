import os
from multiprocessing import Process, current_process


class Task(Process):
    def run(self):
        print("run in", current_process().name, "same pid:", os.getpid() == MAIN)


MAIN = os.getpid()

if __name__ == '__main__':
    t = Task()
    t.run()
    print("exitcode without start:", t.exitcode)
    t.start()
    t.join()
    print("exitcode:", t.exitcode)
