from concurrent.futures import ProcessPoolExecutor

if __name__ == '__main__':
    ex = ProcessPoolExecutor(1)
    try:
        f = ex.submit(lambda: 1)
        print("submitted")
        f.result()
    except Exception as e:
        print("caught", type(e).__name__)
    ex.shutdown()
