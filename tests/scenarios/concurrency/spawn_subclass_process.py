# A Process subclass travels to the spawned child with its attributes.
from multiprocessing import Process, set_start_method, current_process
import os


class Worker(Process):
    def __init__(self, label, times):
        super().__init__()
        self.label = label
        self.times = times

    def run(self):
        for i in range(self.times):
            print(f"{self.label} {i} in {current_process().name}")
        print("ppid matches:", os.getppid() == self.parent_pid_seen)


if __name__ == '__main__':
    set_start_method('spawn')
    w = Worker("tick", 3)
    w.parent_pid_seen = os.getpid()
    w.start()
    w.join()
    print(w.label, w.exitcode, w.is_alive())
