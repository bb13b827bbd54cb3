# Without `if __name__ == '__main__':` a spawned child runs p.start() again while
# importing the program, and multiprocessing refuses with a RuntimeError.
import multiprocessing as mp


def work():
    print("working")


print("module level:", __name__)
ctx = mp.get_context('spawn')
p = ctx.Process(target=work)
p.start()
p.join()
print("child exit code:", p.exitcode)
