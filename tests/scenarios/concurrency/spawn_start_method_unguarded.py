# set_start_method at module level runs again in the spawned child, where the
# context is already set.
import multiprocessing


def hello():
    print("hello from the child")


multiprocessing.set_start_method('spawn')
if __name__ == '__main__':
    p = multiprocessing.Process(target=hello)
    p.start()
    p.join()
    print("exit code", p.exitcode)
