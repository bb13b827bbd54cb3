import threading


class Ctx(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


ctx = Ctx(10)
ctx.bump()
out = []


def work():
    out.append(ctx.bump())


t = threading.Thread(target=work)
t.start()
t.join()
print("thread saw", out, "main has", ctx.count)
