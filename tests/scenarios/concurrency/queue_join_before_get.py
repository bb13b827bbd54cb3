# The multiprocessing docs' "joining processes that use queues": the child put
# a big item, so its feeder thread cannot finish writing it into the queue's
# pipe until someone gets it, and the child cannot exit until its feeder has.
# interleave: schedule-dependent
from multiprocessing import Process, Queue

def f(q):
    q.put('X' * 1000000)

if __name__ == '__main__':
    queue = Queue()
    p = Process(target=f, args=(queue,))
    p.start()
    p.join()                    # this deadlocks
    obj = queue.get()
    print(len(obj))
