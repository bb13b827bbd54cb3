import threading

b = threading.Barrier(2)
log = []


def other():
    for r in range(3):
        b.wait()
        log.append(('other', r))
        b.wait()


t = threading.Thread(target=other)
t.start()
for r in range(3):
    b.wait()
    b.wait()
    log.append(('main', r))
t.join()
print(sorted(log))
