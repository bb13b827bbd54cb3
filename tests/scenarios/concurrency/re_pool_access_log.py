# A course's log-parsing exercise: a Pool of workers parses an access log in chunks with
# one compiled pattern, and the parent merges the counts (status codes, top paths, bytes).
import re
from collections import Counter
from multiprocessing import Pool

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)'
)


def make_log(n):
    paths = ['/index.html', '/api/users', '/api/orders', '/static/app.js', '/login']
    methods = ['GET', 'GET', 'POST', 'GET', 'DELETE']
    lines = []
    for i in range(n):
        ip = '10.0.%d.%d' % (i % 7, (i * 13) % 250)
        status = [200, 200, 304, 404, 500][(i * 7) % 5]
        size = '-' if status == 304 else str((i * 37) % 5000)
        lines.append('%s - - [07/Dec/2026:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %s'
                     % (ip, (i // 60) % 60, i % 60, methods[i % 5], paths[(i * 3) % 5], status, size))
        if i % 50 == 49:
            lines.append('garbage line %d' % i)
    return lines


def parse_chunk(lines):
    statuses = Counter()
    paths = Counter()
    total = 0
    bad = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        statuses[m['status']] += 1
        if m['status'].startswith(('4', '5')):
            paths[m.group('method') + ' ' + m.group('path')] += 1
        if m['size'] != '-':
            total += int(m['size'])
    return statuses, paths, total, bad


if __name__ == '__main__':
    log = make_log(400)
    chunks = [log[i:i + 100] for i in range(0, len(log), 100)]
    with Pool(4) as pool:
        results = pool.map(parse_chunk, chunks)
    statuses, errors, total, bad = Counter(), Counter(), 0, 0
    for s, p, t, b in results:
        statuses.update(s)
        errors.update(p)
        total += t
        bad += b
    print('lines:', len(log), 'unparsed:', bad)
    for code, count in sorted(statuses.items()):
        print(code, count)
    print('errors by request:', errors.most_common(3))
    print('bytes sent:', total)
    first = LINE.match(log[0])
    print(first.groupdict())
