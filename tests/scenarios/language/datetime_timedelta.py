# timedelta: a duration, normalised to days, seconds (< 1 day) and microseconds
# (< 1 second); str and repr as CPython prints them.
from datetime import timedelta

for td in [timedelta(seconds=5), timedelta(0), timedelta(days=1), timedelta(hours=-1),
           timedelta(days=-2, seconds=5), timedelta(days=2, microseconds=5),
           timedelta(weeks=1, days=-1, hours=5, minutes=7, seconds=9, milliseconds=11, microseconds=13),
           timedelta(minutes=90), timedelta(seconds=0.5), timedelta(microseconds=1.5),
           timedelta(microseconds=2.5), timedelta(days=0.1), timedelta(hours=1.5),
           timedelta(days=-1.5), timedelta(seconds=-86400 * 3 - 1)]:
    print(repr(td), '|', td, '|', td.days, td.seconds, td.microseconds, td.total_seconds())

print(timedelta.max, '|', timedelta.min, '|', repr(timedelta.resolution))

a, b = timedelta(days=1), timedelta(hours=5)
print(a + b, a - b, b - a, -b, abs(-b), +b)
print(a * 2.5, 3 * b, a / 3, a / b, a // b, a // 7, a % b, divmod(a, b))
print(timedelta(seconds=1) * 0.1, a / 2.5)
print(a > b, a == timedelta(hours=24), hash(a) == hash(timedelta(hours=24)), bool(timedelta()))
print(sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()))
print(sorted([a, b, -b, timedelta()]))
print(f'{b}', '{}'.format(a), str(timedelta(milliseconds=1500)))

for call in [lambda: timedelta(days=1e9), lambda: timedelta('1'), lambda: a / 0,
             lambda: a // 0, lambda: a / timedelta(0), lambda: a * 10**10,
             lambda: a / float('nan'), lambda: a + 1, lambda: 1 - a, lambda: a * 'x',
             lambda: 2 / a, lambda: a % 5]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
