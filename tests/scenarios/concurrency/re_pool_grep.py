# grep in parallel: each worker of a Pool searches its files for a pattern (compiled in
# the worker from its text and flags) and returns the matching lines with line numbers.
import re
from multiprocessing import Pool

FILES = {
    'server.log': 'INFO start\nERROR disk full on /dev/sda1\nWARN slow request 1200ms\nerror: retry 3\n',
    'app.log': 'DEBUG user=42 login\nINFO user=42 logout\nERROR timeout after 30s\n',
    'cron.log': 'INFO job nightly ok\nINFO job weekly ok\n',
}


def grep(args):
    name, pattern, flags = args
    regex = re.compile(pattern, flags)
    hits = []
    for number, line in enumerate(FILES[name].splitlines(), 1):
        m = regex.search(line)
        if m:
            hits.append((name, number, m.group(0), line))
    return hits


if __name__ == '__main__':
    jobs = [(name, r'\berror\b.*?(\d+)', re.IGNORECASE) for name in sorted(FILES)]
    with Pool(3) as pool:
        for hits in pool.imap(grep, jobs):
            for name, number, found, line in hits:
                print('%s:%d: %s  [%s]' % (name, number, line, found))
        numbers = pool.map(grep, [(n, r'user=(\d+)', 0) for n in sorted(FILES)])
    print(sum(len(h) for h in numbers), 'lines with a user')
    print(re.sub(r'(\d+)ms', lambda m: '%.1fs' % (int(m.group(1)) / 1000), FILES['server.log'].splitlines()[2]))
