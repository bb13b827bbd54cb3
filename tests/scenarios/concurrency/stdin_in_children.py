# The main process reads stdin; a child process's input() raises EOFError
# (multiprocessing gives children /dev/null), and sys.stdin iterates lines.
import sys
from multiprocessing import Process


def ask():
    try:
        input("child asks: ")
    except EOFError as e:
        print("EOFError in the child:", e)


if __name__ == '__main__':
    print("first:", input("name? "))
    p = Process(target=ask)
    p.start()
    p.join()
    for line in sys.stdin:
        print("line:", line.strip())
    print(repr(sys.stdin.read()), sys.stdin.readline() == "")
