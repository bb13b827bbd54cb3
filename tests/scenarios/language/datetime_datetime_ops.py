# datetime: a date and a time of day, naive or with a timezone; arithmetic,
# comparisons, conversions and formatting on fixed values.
from datetime import datetime, date, time, timedelta, timezone, UTC

dt = datetime(2024, 1, 1, 9, 30)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(' ', 'minutes'), dt.ctime())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 0, 0, 0, 5)))
print(dt + timedelta(hours=25), dt - timedelta(microseconds=1), dt - datetime(2023, 1, 1))
print(dt.date(), repr(dt.time()), dt.timetuple())
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %p'), f'{dt:%H:%M}')
print(datetime.combine(date(2024, 2, 29), time(23, 59, 59)))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1.5), datetime.utcfromtimestamp(1e9))
print(datetime(2024, 1, 1).timestamp(), datetime.fromtimestamp(1704067200))
print(datetime.strptime('2024-03-05 10:11:12.5', '%Y-%m-%d %H:%M:%S.%f'))
print(datetime.fromisoformat('2024-01-05T10:20:30'), datetime.fromisoformat('2024-01-05'))

t = time(12, 30, 15, 250)
print(repr(t), t, t.isoformat('milliseconds'), t.strftime('%I:%M %p'), repr(time()))

utc = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
tokyo = timezone(timedelta(hours=9), 'JST')
india = timezone(timedelta(hours=5, minutes=30))
print(repr(utc), utc)
print(utc.astimezone(tokyo), utc.astimezone(india).isoformat(), utc.astimezone(tokyo).tzname())
print(repr(tokyo), repr(india), str(india), repr(timezone(timedelta(0))), UTC is timezone.utc)
print(utc == utc.astimezone(tokyo), utc.astimezone(tokyo) - utc, utc.timestamp())
print(utc.strftime('%z %Z'), utc.astimezone(india).strftime('%z %Z'), utc.utcoffset(), dt.utcoffset())
print(datetime.fromtimestamp(1e9, timezone.utc), repr(dt.astimezone()))
print(datetime.fromisoformat('2024-01-05 10:20:30.123456+05:30'))
print(datetime.strptime('2024-03-05 +0530', '%Y-%m-%d %z'))
print(utc.replace(tzinfo=None), dt.replace(year=2025, tzinfo=tokyo))

for call in [lambda: datetime(2024, 1, 1, 25), lambda: dt < date(2024, 1, 1), lambda: dt == date(2024, 1, 1),
             lambda: utc - dt, lambda: utc < dt, lambda: utc == dt, lambda: dt - 5,
             lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
             lambda: datetime.strptime('x', '%Y'), lambda: datetime.fromisoformat('nope'),
             lambda: dt.isoformat(timespec='days'), lambda: datetime(1, 1, 1) - timedelta(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
