# time.gmtime/localtime break a timestamp into a struct_time: a 9-tuple with
# named, read-only fields (and tm_zone/tm_gmtoff beyond the tuple).
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[:3], len(t), tuple(t))
print(t.tm_zone, t.tm_gmtoff)

year = time.gmtime(86400 * 365)
print(year)
leap = time.gmtime(951782400)  # 2000-02-29
print(leap.tm_mon, leap.tm_mday, leap.tm_yday, leap.tm_wday)
print(time.gmtime(-1.5))
print(time.gmtime(1.99).tm_sec, time.gmtime(True).tm_sec)

local = time.localtime(1_000_000_000)
print(local)
print(local.tm_zone, local.tm_gmtoff, local == time.gmtime(1_000_000_000))

y, mo, d, h, mi, s, wd, yd, dst = time.gmtime(1704067200)
print(f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d} weekday={wd} yday={yd}")

made = time.struct_time((2024, 5, 17, 8, 30, 0, 4, 138, 0))
print(made, made.tm_zone)
print(time.struct_time(range(9), {'tm_zone': 'EST'}).tm_zone)
print(isinstance(made, tuple), type(made).__name__, time.struct_time)
print(made == (2024, 5, 17, 8, 30, 0, 4, 138, 0), made < time.gmtime(2e9))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)

def assign():
    made[0] = 1999


for attempt in (lambda: setattr(made, 'tm_year', 1999),
                assign,
                lambda: time.struct_time((1, 2, 3)),
                lambda: time.struct_time(5),
                lambda: time.gmtime(float('nan')),
                lambda: time.gmtime(1e20),
                lambda: time.gmtime('soon'),
                lambda: made.tm_weekday):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
