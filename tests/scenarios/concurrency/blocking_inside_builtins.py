# Python code that blocks (a queue get, a sleep) inside built-ins that drive it:
# str.join over a generator, f(*generator), sorted/max with a key, list.sort,
# map over a function that sleeps, and a pipe polled right after a send.
import queue
import threading
import time
from multiprocessing import Pipe

q = queue.Queue()


def produce():
    for word in ["hello", "from", "a", "thread"]:
        time.sleep(0.01)
        q.put(word)


threading.Thread(target=produce).start()
print(" ".join(q.get() for _ in range(2)))
print(*(q.get() for _ in range(2)))


def slow_key(x):
    time.sleep(0.001)
    return -x


print(sorted([3, 1, 2], key=slow_key), max([3, 1, 2], key=slow_key), min([3, 1, 2], key=slow_key))
nums = [5, 9, 7]
nums.sort(key=slow_key)
print(nums, list(map(slow_key, nums)), list(filter(lambda x: slow_key(x) < -6, nums)))
a, b = Pipe()
a.send("ping")
print(b.poll(), b.recv())
