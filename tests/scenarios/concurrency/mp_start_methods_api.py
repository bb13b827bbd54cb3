import multiprocessing as mp

if __name__ == '__main__':
    print(mp.get_start_method())
    print(sorted(mp.get_all_start_methods()))
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method('fork', force=True)
    print(mp.get_start_method())
    try:
        mp.get_context('bogus')
    except ValueError as e:
        print("ValueError:", e)
    print(type(mp.cpu_count()).__name__, mp.cpu_count() >= 1)
