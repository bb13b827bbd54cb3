# A lock made in the default (fork) context cannot go to a spawned child.
import multiprocessing as mp


def work(lock):
    with lock:
        print("got it")


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    p = ctx.Process(target=work, args=(mp.Lock(),))
    p.start()
    p.join()
