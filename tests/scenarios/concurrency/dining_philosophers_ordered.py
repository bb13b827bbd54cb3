import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def philosopher(i):
    left, right = i, (i + 1) % N
    first, second = sorted((left, right))
    for _ in range(3):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
                time.sleep(0.001)


ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(meals)
