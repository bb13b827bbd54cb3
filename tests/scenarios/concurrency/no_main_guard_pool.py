from multiprocessing import Pool


def f(x):
    return x + 1


p = Pool(2)
print(p.map(f, [1, 2, 3]))
p.close()
p.join()
print("end")
