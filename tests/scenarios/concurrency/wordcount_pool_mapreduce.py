from collections import Counter
from multiprocessing import Pool

TEXT = """the quick brown fox
jumps over the lazy dog
the dog barks
""".splitlines()


def count_words(line):
    return Counter(line.split())


if __name__ == '__main__':
    with Pool(3) as pool:
        partial = pool.map(count_words, TEXT)
    total = sum(partial, Counter())
    for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
        print(f"{word:>6}: {n}")
