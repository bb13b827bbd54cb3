class Process:
    _counter = 0
    def __init__(self, target=None, args=(), name=None):
        Process._counter += 1
        self.name = name if name else f'Process-{Process._counter}'
        self._target = target
        self._args = args
        self.exitcode = None
    def run(self):
        if self._target:
            self._target(*self._args)
    def start(self):
        print(f'[{self.name}] start')
        try:
            self.run()
            self.exitcode = 0
        except Exception as e:
            print(f'[{self.name}] 出错: {type(e).__name__}: {e}')
            self.exitcode = 1
    def join(self):
        print(f'[{self.name}] joined, exitcode={self.exitcode}')
class MyProcess(Process):
    def __init__(self, who):
        super().__init__()
        self.who = who
    def run(self):
        print(f'{self.who} is running')
        print(f'{self.who} is over')
def task(n, divisor):
    print('结果', n // divisor)
procs = [MyProcess('egon'), Process(target=task, args=(10, 3)), Process(target=task, args=(1, 0), name='坏进程')]
for p in procs:
    p.start()
for p in procs:
    p.join()
print('主', [p.name for p in procs])
