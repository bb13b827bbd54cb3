import sys


def square_all(numbers):
    return [n * n for n in numbers]


if __name__ == '__main__':
    numbers = [int(a) for a in sys.argv[1:]]
    print('worker got', sys.argv[1:], 'as', __name__)
    print('squares:', square_all(numbers))
    if not numbers:
        raise ValueError('no numbers given')
