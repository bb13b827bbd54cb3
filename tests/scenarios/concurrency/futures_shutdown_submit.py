from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

ex = ThreadPoolExecutor(1)
print(ex.submit(pow, 2, 8).result())
ex.shutdown(wait=True)
try:
    ex.submit(pow, 2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
if __name__ == '__main__':
    pe = ProcessPoolExecutor(1)
    print(pe.submit(pow, 3, 3).result())
    pe.shutdown()
    try:
        pe.submit(pow, 1, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
