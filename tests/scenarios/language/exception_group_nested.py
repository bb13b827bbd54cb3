# Nested exception groups (a group of workers, each with its own group of failures)
# printed by traceback.print_exception and then uncaught: the same tree CPython draws.
import sys
import traceback


def step(worker, n):
    if n == 2:
        raise RuntimeError(f"worker {worker} step {n} failed")
    if n == 3:
        raise TimeoutError(f"worker {worker} step {n} timed out")


def worker(w):
    errors = []
    for n in range(4):
        try:
            step(w, n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"worker {w}", errors)


def run_all():
    failures = []
    for w in range(2):
        try:
            worker(w)
        except ExceptionGroup as g:
            failures.append(g)
    failures.append(OSError("disk full"))
    raise ExceptionGroup("run failed", failures)


try:
    run_all()
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    timeouts, rest = eg.split(TimeoutError)
    print(repr(timeouts))
    print(repr(rest))
try:
    run_all()
except* TimeoutError as g:
    print("ignoring", len(g.exceptions), "timeout groups")
