from multiprocessing import Process, Lock


def log(lock, i):
    with lock:
        with open("log.txt", "a", encoding="utf-8") as f:
            f.write(f"进程{i}写入\n")


if __name__ == '__main__':
    open("log.txt", "w").close()
    lock = Lock()
    ps = [Process(target=log, args=(lock, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    with open("log.txt", encoding="utf-8") as f:
        print(sorted(f.read().splitlines()))
