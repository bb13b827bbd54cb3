import threading

beats = []
done = threading.Event()


def beat(n):
    beats.append(n)
    if n < 3:
        threading.Timer(0.05, beat, (n + 1,)).start()
    else:
        done.set()


beat(0)
print(done.wait(2), beats)
