import concurrent.futures


def square(x):
    return x * x


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(square, i) for i in range(4)]
    print(sorted(f.result() for f in concurrent.futures.as_completed(futures)))
