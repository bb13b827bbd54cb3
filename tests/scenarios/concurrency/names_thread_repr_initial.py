import threading


def job():
    pass


t = threading.Thread(target=job)
print(repr(t))
d = threading.Thread(target=job, name='bg', daemon=True)
print(repr(d))


class Custom(threading.Thread):
    pass


print(repr(Custom(name='c')))
