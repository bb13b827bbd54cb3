import multiprocessing as mp

if __name__ == '__main__':
    jq = mp.JoinableQueue()
    jq.join()
    print("join on a fresh queue returns at once")
    jq.put('a')
    print(jq.get())
    jq.task_done()
    jq.join()
    print("join after one put/get/task_done returns")
