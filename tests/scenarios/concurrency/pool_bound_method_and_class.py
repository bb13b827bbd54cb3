from multiprocessing import Pool


class Scaler:
    def __init__(self, k):
        self.k = k

    def scale(self, x):
        return x * self.k


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def shift(p):
    return Point(p.x + 1, p.y + 1)


if __name__ == '__main__':
    s = Scaler(3)
    with Pool(2) as pool:
        print(pool.map(s.scale, [1, 2, 3]))
        print(pool.map(shift, [Point(0, 0), Point(5, 5)]))
