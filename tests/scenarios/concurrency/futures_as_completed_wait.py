from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED


def sq(x):
    return x * x


with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(sq, i) for i in range(6)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
