from multiprocessing import Process, Queue


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def child(inbox, outbox):
    d = inbox.get()
    d['seen_by_child'] = True
    d['pt'].x += 1
    outbox.put(d)


if __name__ == '__main__':
    inbox, outbox = Queue(), Queue()
    original = {'pt': Point(1, 2), 'tags': {'a'}, 'pair': (1, [2, 3])}
    inbox.put(original)
    p = Process(target=child, args=(inbox, outbox))
    p.start()
    back = outbox.get()
    p.join()
    print("original:", sorted(original), original['pt'])
    print("returned:", sorted(back), back['pt'], back['tags'], back['pair'])
