from multiprocessing import Process


def greet(name, times, punct='!'):
    for i in range(times):
        print(f"hello {name}{punct} ({i})")


if __name__ == '__main__':
    p = Process(target=greet, args=('ada', 2), kwargs={'punct': '?'})
    p.start()
    p.join()
    print("parent after join, exitcode", p.exitcode)
