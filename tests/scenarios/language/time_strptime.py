# strptime parses text by a format into a struct_time, as CPython's _strptime does.
import time

print(time.strptime('2024-03-05', '%Y-%m-%d'))
print(time.strptime('Mon Jan  1 00:00:00 2024'))
print(time.strptime('12:30 PM', '%I:%M %p')[3:5])
print(time.strptime('12 am', '%I %p').tm_hour, time.strptime('5 pm', '%I %p').tm_hour)
print(time.strptime('monday JANUARY 1 2024', '%A %B %d %Y')[:3])
print(time.strptime('2024 366', '%Y %j')[:3])
print(time.strptime('70', '%y').tm_year, time.strptime('68', '%y').tm_year)
print(time.strptime('12', '%d%m')[:3])
print(time.strptime('2024 5 3', '%Y %W %w')[:3])
print(time.strptime('2024 1 1', '%G %V %u')[:3])
s = time.strptime('2024-01-01 10:20:30 +0530', '%Y-%m-%d %H:%M:%S %z')
print(s.tm_gmtoff, s.tm_zone, s.tm_isdst)
z = time.strptime('2024 UTC', '%Y %Z')
print(z.tm_zone, z.tm_isdst)
print(time.strptime('Feb 29', '%b %d')[:3])
print(time.strptime('01/02/03', '%x')[:3], time.strptime('10:20:30', '%X')[3:6])
print(time.strptime('50%', '%M%%').tm_min)

for data, fmt in [('x', '%Y'), ('2024x', '%Y'), ('2024-13-01', '%Y-%m-%d'),
                  ('02/30/24', '%m/%d/%y'), ('2024', '%Q'), ('2024', '%Y%'),
                  ('2024 EST', '%Y %Z'), ('2024 1', '%G %V'), ('2024 1 1', '%Y %V %u'),
                  (5, '%Y'), ('1', 5)]:
    try:
        print(time.strptime(data, fmt))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
