from multiprocessing import Pool


def main():
    def inner(x):
        return x + 1

    with Pool(1) as p:
        try:
            print(p.map(inner, [1, 2]))
        except Exception as e:
            print(type(e).__name__, e)


if __name__ == '__main__':
    main()
