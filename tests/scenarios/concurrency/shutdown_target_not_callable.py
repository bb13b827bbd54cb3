from multiprocessing import Process

if __name__ == '__main__':
    p = Process(target=42)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
