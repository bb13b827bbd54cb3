from concurrent.futures import ProcessPoolExecutor


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(collatz_steps, [1, 2, 3, 6, 7, 27])))
        f = ex.submit(collatz_steps, 97)
        print(f.result())
