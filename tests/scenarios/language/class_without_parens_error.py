class Worker:
    def __init__(self):
        self.jobs = 0
    def start(self):
        self.jobs += 1
        print('started, jobs =', self.jobs)
w = Worker()
w.start()
p = Worker
print(p.__name__, p is Worker)
p.start()
