import multiprocessing as mp


def show():
    me = mp.current_process()
    parent = mp.parent_process()
    print("child name:", me.name)
    print("parent name:", parent.name)
    print("parent pid matches:", parent.pid == PARENT_PID)


if __name__ == '__main__':
    import os
    PARENT_PID = os.getpid()
    print("main name:", mp.current_process().name)
    print("main parent:", mp.parent_process())
    p = mp.Process(target=show)
    p.start()
    p.join()
