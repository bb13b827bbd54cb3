import multiprocessing as mp

if __name__ == '__main__':
    q = mp.Queue()
    q.put('x')
    print(q.get())
    q.close()
    try:
        q.put('y')
    except ValueError as e:
        print("ValueError, mentions closed:", str(e).endswith('is closed'))
    try:
        q.get()
    except ValueError as e:
        print("get: ValueError, mentions closed:", str(e).endswith('is closed'))
    q.join_thread()
    print("join_thread after close ok")
