import queue
import multiprocessing as mp

if __name__ == '__main__':
    for q in (queue.Queue(), mp.JoinableQueue()):
        q.put(1)
        q.get()
        q.task_done()
        try:
            q.task_done()
        except ValueError as e:
            print(type(q).__name__, 'ValueError:', e)
