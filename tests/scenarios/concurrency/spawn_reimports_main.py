# spawn starts a fresh interpreter: the program runs again as __mp_main__,
# so top-level code runs again and the parent's later changes are not seen.
import multiprocessing as mp

print("top level runs in", __name__)
counter = 1


def child(n):
    print("child sees counter =", counter, "in", __name__)
    print("child name:", mp.current_process().name, "arg:", n)
    print("parent:", mp.parent_process().name)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print("start method:", mp.get_start_method())
    counter = 100
    p = mp.Process(target=child, args=(7,))
    p.start()
    p.join()
    print("exit code:", p.exitcode)
