from concurrent.futures import ThreadPoolExecutor


def shout(word, times):
    return word.upper() * times


with ThreadPoolExecutor(3) as ex:
    print(list(ex.map(shout, ['a', 'b', 'c'], [1, 2, 3])))
    print(list(ex.map(len, [])))
    print(list(ex.map(abs, range(-3, 1))))
