# A Match object cannot travel between processes: a Pool task that returns one fails
# with MaybeEncodingError, so workers send back what they found (groups, spans) instead.
import pickle
import re
from multiprocessing import Pool

ORDER = re.compile(r'order #(?P<id>\d+) for (?P<qty>\d+) x (?P<item>\w+)')


def find(line):
    return ORDER.search(line)


def find_fields(line):
    m = ORDER.search(line)
    return None if m is None else (m.groupdict(), m.span())


if __name__ == '__main__':
    lines = ['ok: order #17 for 3 x apple', 'bad line', 'order #18 for 12 x pear!']
    print(pickle.loads(pickle.dumps(ORDER)) == ORDER)
    try:
        pickle.dumps(ORDER.search(lines[0]))
    except TypeError as e:
        print('TypeError:', e)
    with Pool(2) as pool:
        try:
            pool.apply(find, (lines[2],))
        except Exception as e:
            print(type(e).__name__, e)
        for fields in pool.map(find_fields, lines):
            print(fields)
