from multiprocessing import Process, current_process


def task(name):
    print(name, "runs in", current_process().name)


if __name__ == '__main__':
    p = Process(target=task("egon"))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
