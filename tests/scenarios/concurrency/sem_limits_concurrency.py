import threading

sem = threading.Semaphore(2)
guard = threading.Lock()
inside = 0
peak = 0
gate = threading.Barrier(4)


def work():
    global inside, peak
    gate.wait()
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        with guard:
            inside -= 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 2:", peak <= 2, "inside at end:", inside)
