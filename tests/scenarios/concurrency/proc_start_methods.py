import multiprocessing as mp

if __name__ == '__main__':
    print(mp.get_start_method())
    print(mp.get_start_method(allow_none=True))
    print(sorted(mp.get_all_start_methods()))
    ctx = mp.get_context('spawn')
    print(ctx.get_start_method())
    try:
        mp.get_context('nope')
    except ValueError as e:
        print("ValueError:", e)
    print(mp.cpu_count() >= 1)
