class Task:
    _next_id = 1
    registry = []
    def __init__(self, title):
        self.id = Task._next_id
        Task._next_id += 1
        self.title = title
        self.done = False
        Task.registry.append(self)
    def complete(self):
        self.done = True
    def __repr__(self):
        mark = 'x' if self.done else ' '
        return f'[{mark}] #{self.id} {self.title}'
    @classmethod
    def pending(cls):
        return [t for t in cls.registry if not t.done]
for title in ['write code', 'test code', 'ship it']:
    Task(title)
Task.registry[1].complete()
for t in Task.registry:
    print(t)
print(Task.pending(), len(Task.registry), Task._next_id)
