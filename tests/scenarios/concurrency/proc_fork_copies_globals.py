from multiprocessing import Process

items = [1, 2, 3]
counter = 0


def change():
    global counter
    items.append(99)
    counter += 10
    print("child sees", items, counter)


if __name__ == '__main__':
    counter = 5
    p = Process(target=change)
    p.start()
    p.join()
    print("parent sees", items, counter)
