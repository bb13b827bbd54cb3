import multiprocessing as mp


class Crasher(mp.Process):
    def run(self):
        data = {'a': 1}
        print("looking up b")
        data['b']


if __name__ == '__main__':
    c = Crasher()
    c.start()
    c.join()
    print(c.name, "exitcode", c.exitcode)
