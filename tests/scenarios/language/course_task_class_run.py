class Task:
    count = 0
    def __init__(self, name, work):
        Task.count += 1
        self.name = name or f'Task-{Task.count}'
        self.work = work
        self.result = None
    def run(self):
        print(f'{self.name} 开始运行')
        self.result = sum(range(self.work))
        print(f'{self.name} 运行结束, 结果 {self.result}')
    def start(self):
        self.run()
    def join(self):
        return self.result
tasks = [Task('任务A', 10), Task(None, 100), Task('任务C', 5)]
for t in tasks:
    t.start()
print('主任务等待子任务')
print([t.join() for t in tasks])
print('主任务结束', Task.count)
