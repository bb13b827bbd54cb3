from multiprocessing import Process


class Piao(Process):
    def __init__(self, who, **kw):
        super().__init__(**kw)
        self.who = who

    def run(self):
        print(f"{self.name}: {self.who} 在嫖")


if __name__ == '__main__':
    ps = [Piao("alex", name="p1"), Piao("egon"), Piao("wupeiqi", daemon=False)]
    for p in ps:
        p.start()
        p.join()
    print([p.name for p in ps])
