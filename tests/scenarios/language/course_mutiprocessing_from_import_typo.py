from mutiprocessing import Process
def task(name):
    print(f'{name} is running')
if __name__ == '__main__':
    p = Process(target=task, args=('egon',))
    p.start()
    print('主')
