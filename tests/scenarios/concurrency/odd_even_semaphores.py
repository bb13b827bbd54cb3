import threading

odd_sem = threading.Semaphore(1)
even_sem = threading.Semaphore(0)
out = []


def odd():
    for i in range(1, 10, 2):
        odd_sem.acquire()
        out.append(i)
        even_sem.release()


def even():
    for i in range(2, 11, 2):
        even_sem.acquire()
        out.append(i)
        odd_sem.release()


a = threading.Thread(target=odd)
b = threading.Thread(target=even)
a.start()
b.start()
a.join()
b.join()
print(out)
