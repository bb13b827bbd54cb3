from multiprocessing import Process


def ask():
    try:
        name = input("name? ")
        print("got", name)
    except EOFError as e:
        print("EOFError in child", repr(e))
    except Exception as e:
        print(type(e).__name__, e)


if __name__ == '__main__':
    print("main read:", input())
    p = Process(target=ask)
    p.start()
    p.join()
