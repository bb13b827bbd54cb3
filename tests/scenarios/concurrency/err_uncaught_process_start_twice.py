from multiprocessing import Process

if __name__ == '__main__':
    p = Process(target=print, args=('child runs once',))
    p.start()
    p.join()
    p.start()
