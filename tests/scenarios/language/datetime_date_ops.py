# date: a calendar day; arithmetic with timedelta, comparisons, ISO calendar and
# formatting, on fixed dates.
from datetime import date, timedelta

d = date(2024, 1, 1)
print(repr(d), d, d.isoformat(), d.ctime(), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d + timedelta(days=400), d - timedelta(days=1), date(2024, 3, 1) - d)
print(d + timedelta(hours=23), d - timedelta(hours=25))
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 1).isocalendar().week)
print(date.fromordinal(738886), date.fromisocalendar(2020, 53, 5))
print(date.fromisoformat('2024-01-05'), date.fromisoformat('20240105'), date.fromisoformat('2024-W01-1'))
print(date.fromtimestamp(0), date.fromtimestamp(1e9))
print(d.replace(month=2), d.timetuple())
print(d.strftime('%A %d %B %Y, day %j, %H:%M:%S %f [%z][%Z]'))
print(f'{d:%d/%m/%Y}', format(d, ''), '{:%Y}'.format(d))
print(d < date(2024, 1, 2), d == date(2024, 1, 1), d != date(2023, 1, 1), max(d, date(2023, 6, 1)))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), d]))
print({d: 'new year'}[date(2024, 1, 1)])
print(date.min, date.max, repr(date.resolution))

days_in = [(date(2024, m % 12 + 1, 1) - date(2024, m, 1)).days for m in range(1, 12)]
print(days_in)

for call in [lambda: date(2024, 13, 1), lambda: date(2024, 2, 30), lambda: date(0, 1, 1),
             lambda: date(2024.0, 1, 1), lambda: date(2024, 1), lambda: date(9999, 12, 31) + timedelta(1),
             lambda: d - 1, lambda: d + d, lambda: date.fromisoformat('2024-1-5'),
             lambda: date.fromisoformat('2024-13-05'), lambda: date.fromordinal(0),
             lambda: date(2024, 1, 31).replace(month=2), lambda: d.hour,
             lambda: date.fromisocalendar(2021, 53, 5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
