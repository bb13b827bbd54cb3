import multiprocessing as mp

print("module level:", __name__)


def hello(x):
    print("hello from child", x, mp.current_process().name)


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    p = ctx.Process(target=hello, args=(1,))
    p.start()
    p.join()
    print("exit", p.exitcode, ctx.get_start_method())
