from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

ex = ThreadPoolExecutor(1)
print(ex.submit(len, 'abc').result())
ex.shutdown()
try:
    ex.submit(len, 'x')
except RuntimeError as e:
    print("RuntimeError:", e)
for cls in (ThreadPoolExecutor, ProcessPoolExecutor):
    try:
        cls(max_workers=0)
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
