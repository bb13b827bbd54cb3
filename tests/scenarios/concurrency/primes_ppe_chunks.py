import math
from concurrent.futures import ProcessPoolExecutor


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(math.isqrt(n)) + 1):
        if n % d == 0:
            return False
    return True


if __name__ == '__main__':
    nums = [112272535095293, 97, 100, 7919, 1, 2]
    with ProcessPoolExecutor(2) as ex:
        for n, p in zip(nums, ex.map(is_prime, nums)):
            print(f"{n} is prime: {p}")
