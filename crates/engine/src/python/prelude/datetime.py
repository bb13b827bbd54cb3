"""Concrete date/time and related types: date, time, datetime, timedelta, tzinfo,
timezone (UTC and fixed offsets), as CPython 3.11's C `_datetime` behaves: its
reprs (`datetime.datetime(2024, 1, 1, 0, 0)`, `datetime.timedelta(seconds=5)`),
str forms, arithmetic, comparisons, rounding and error messages.

Where time comes from: `now()`, `today()` and `utcnow()` read `time.time()`, the
simulated kernel's virtual clock (2024-01-01 00:00:00 UTC at boot plus virtual
seconds since). The machine's local time zone is UTC (see modules/time.rs), so
local and UTC times agree, naive `timestamp()` reads the fields as UTC, and
`astimezone()` with no argument gives `timezone(timedelta(0), 'UTC')`.
`strptime` is the time module's parser (time._strptime, CPython's _strptime).
"""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """Proleptic Gregorian ordinal (0001-01-01 is 1) -> (year, month, day)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    return year, month, n - preceding + 1


def _isoweek1monday(year):
    """The ordinal of the Monday starting ISO week 1 of `year`."""
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:  # Thursday
        week1monday += 7
    return week1monday


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# CPython's C types are named with their module in messages and reprs
# ('datetime.timedelta'); subclasses written in Python by their bare name.
_TYPE_NAMES = {}


def _tpname(obj):
    t = type(obj)
    return _TYPE_NAMES.get(t) or t.__name__


def _int(value):
    """An argument as a C int, as the C constructors convert it."""
    if type(value) is not int:
        if isinstance(value, int):
            value = int(value)
        elif hasattr(type(value), '__index__'):
            value = type(value).__index__(value)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if value > 2147483647:
        if value > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if value < -2147483648:
        if value < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return value


def _check_date_fields(year, month, day):
    year, month, day = _int(year), _int(month), _int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _int(hour), _int(minute), _int(second), _int(microsecond)
    fold = _int(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_tpname(x), _tpname(y)))


def _divide_and_round(a, b):
    """a / b rounded to the nearest integer, halves to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _true_divide(a, b):
    """a / b for ints, correctly rounded as CPython's int division is (the VM's
    rounds through floats, which differs in the last digit past 2**53)."""
    if -9007199254740992 <= a <= 9007199254740992 and -9007199254740992 <= b <= 9007199254740992:
        return a / b
    if b == 0:
        raise ZeroDivisionError('division by zero')
    negative = (a < 0) != (b < 0)
    a, b = abs(a), abs(b)
    shift = a.bit_length() - b.bit_length() - 55
    if shift > 0:
        q, r = divmod(a, b << shift)
    else:
        q, r = divmod(a << -shift, b)
    extra = q.bit_length() - 53
    mant = q >> extra
    rem = q & ((1 << extra) - 1)
    half = 1 << (extra - 1)
    if rem > half or (rem == half and (r or mant & 1)):
        mant += 1
    result = mant * 2.0 ** (shift + extra)
    return -result if negative else result


def _modf(x):
    """math.modf: the fractional and integral parts, both with x's sign."""
    whole = float(int(x))
    return x - whole, whole


def _c_round(x):
    """C's round(): halves away from zero."""
    if x >= 0:
        return float(int(x + 0.5))
    return -float(int(-x + 0.5))


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]', or '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    us = off.microseconds
    if us:
        return '%s%02d%s%02d%s%02d.%06d' % (sign, hh, sep, mm, sep, ss, us)
    if ss:
        return '%s%02d%s%02d%s%02d' % (sign, hh, sep, mm, sep, ss)
    return '%s%02d%s%02d' % (sign, hh, sep, mm)


def _wrap_strftime(object, format, timetuple):
    """time.strftime, after replacing %f, %z and %Z, which it cannot know."""
    freplace = zreplace = Zreplace = None
    newformat = []
    push = newformat.append
    i, n = 0, len(format)
    while i < n:
        ch = format[i]
        i += 1
        if ch != '%':
            push(ch)
            continue
        if i >= n:
            push('%')
            continue
        ch = format[i]
        i += 1
        if ch == 'f':
            if freplace is None:
                freplace = '%06d' % getattr(object, 'microsecond', 0)
            push(freplace)
        elif ch == 'z':
            if zreplace is None:
                zreplace = ''
                if hasattr(object, 'utcoffset'):
                    zreplace = _format_offset(object.utcoffset(), '')
            push(zreplace)
        elif ch == 'Z':
            if Zreplace is None:
                Zreplace = ''
                if hasattr(object, 'tzname'):
                    s = object.tzname()
                    if s is not None:
                        Zreplace = s.replace('%', '%%')
            push(Zreplace)
        else:
            push('%')
            push(ch)
    return _time.strftime(''.join(newformat), timetuple)


def _no_op(op, left, right):
    """The TypeError of an operator neither operand supports, naming the types as
    CPython's C types are named. Raised directly for built-in operands (which
    cannot support it either), as the VM would name the type without its module."""
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _tpname(left), _tpname(right)))


_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _plain(x):
    return type(x) in _PLAIN_TYPES


def _check_format_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError('__format__() argument 1 must be str, not %s' % type(fmt).__name__)


_MISSING = object()


def _args(function, args, kwargs, names, required):
    """The C constructors' argument parsing (PyArg_ParseTupleAndKeywords), with
    its messages."""
    if len(args) + len(kwargs) > len(names):
        raise TypeError('function takes at most %d arguments (%d given)'
                        % (len(names), len(args) + len(kwargs)))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        i = names.index(key)
        if i < len(args):
            raise TypeError("argument for function given by name ('%s') and position (%d)"
                            % (key, i + 1))
        values[i] = value
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError("function missing required argument '%s' (pos %d)" % (names[i], i + 1))
    return values


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = '_days', '_seconds', '_microseconds', '_hashcode'

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0, *more, **unknown):
        if more or unknown:
            if more:
                raise TypeError('__new__() takes at most 7 arguments (%d given)' % (7 + len(more)))
            for key in unknown:
                raise TypeError("'%s' is an invalid keyword argument for __new__()" % key)
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and not milliseconds and not minutes and not hours and not weeks
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            return _delta_from_us(cls, (days * 86400 + seconds) * 1000000 + microseconds)
        # CPython's delta_new: every component in exact integer microseconds; the
        # fractions of float components add up apart and are rounded once.
        total = 0
        leftover = 0.0
        for tag, value, factor in (('microseconds', microseconds, 1),
                                   ('milliseconds', milliseconds, 1000),
                                   ('seconds', seconds, 1000000),
                                   ('minutes', minutes, 60000000),
                                   ('hours', hours, 3600000000),
                                   ('days', days, 86400000000),
                                   ('weeks', weeks, 604800000000)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                frac, whole = _modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _modf(float(factor) * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (tag, _tpname(value)))
        if leftover:
            whole_us = _c_round(leftover)
            if abs(whole_us - leftover) == 0.5:
                # Exactly half way: round so that the total is even.
                odd = total & 1
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return _delta_from_us(cls, total)

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tpname(self), ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return _true_divide(self._to_microseconds(), 10**6)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_microseconds() + other._to_microseconds())
        if _plain(other):
            _no_op('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_microseconds() + other._to_microseconds())
        if _plain(other):
            _no_op('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_microseconds() - other._to_microseconds())
        if _plain(other):
            _no_op('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, other._to_microseconds() - self._to_microseconds())
        if _plain(other):
            _no_op('-', other, self)
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(timedelta, -self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = _ratio(other)
            return _delta_from_us(timedelta, _divide_and_round(self._to_microseconds() * a, b))
        if isinstance(other, _SEQUENCES):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tpname(self))
        if _plain(other):
            _no_op('*', self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if isinstance(other, _SEQUENCES):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tpname(self))
        if _plain(other):
            _no_op('*', other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._to_microseconds() // other)
        if _plain(other):
            _no_op('//', self, other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _true_divide(self._to_microseconds(), other._to_microseconds())
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(timedelta, _divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = _ratio(other)
            return _delta_from_us(timedelta, _divide_and_round(b * self._to_microseconds(), a))
        if _plain(other):
            _no_op('/', self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_microseconds() % other._to_microseconds())
        if _plain(other):
            _no_op('%', self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, _delta_from_us(timedelta, r)
        if _plain(other):
            _no_op('divmod()', self, other)
        return NotImplemented

    def __rtruediv__(self, other):
        if _plain(other):
            _no_op('/', other, self)
        return NotImplemented

    def __rfloordiv__(self, other):
        if _plain(other):
            _no_op('//', other, self)
        return NotImplemented

    def __rmod__(self, other):
        if _plain(other):
            _no_op('%', other, self)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._getstate())


def _ratio(x):
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    return x.as_integer_ratio()


def _delta_from_us(cls, us):
    """A timedelta of `us` microseconds, normalised; days must fit CPython's range."""
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = '_year', '_month', '_day', '_hashcode'

    def __new__(cls, *args, **kwargs):
        if len(args) == 3 and not kwargs:
            year, month, day = args
        elif len(args) == 1 and not kwargs and isinstance(args[0], bytes) and len(args[0]) == 4:
            # Pickle support: the state __reduce__ gives.
            yhi, ylo, month, day = args[0]
            year = yhi * 256 + ylo
        else:
            year, month, day = _args('date', args, kwargs, ('year', 'month', 'day'), 3)
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(cls, year, month, day)

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        if y > MAXYEAR:
            raise ValueError('year %d is out of range' % y)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            fields = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        return cls(*_isoweek_to_gregorian(_int(year), _int(week), _int(day)))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # A datetime compares with a date only through its own methods (CPython's
    # datetime refuses: "can't compare datetime.datetime to datetime.date").
    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._ymd() == other._ymd()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._ymd() < other._ymd()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._ymd() <= other._ymd()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._ymd() > other._ymd()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._ymd() >= other._ymd()
        return NotImplemented

    def _ymd(self):
        return (self._year, self._month, self._day)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._ymd())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError('date value out of range')
        if _plain(other):
            _no_op('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _plain(other):
            _no_op('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _plain(other):
            _no_op('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _plain(other):
            _no_op('-', other, self)
        return NotImplemented

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes([yhi, ylo, self._month, self._day]),)

    def __reduce__(self):
        return (self.__class__, self._getstate())


def _new_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        # The state is the instance dict (None when empty); timezone has none.
        state = None if isinstance(self, timezone) else (getattr(self, '__dict__', None) or None)
        return (self.__class__, args, state)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_tpname(self), self[0], self[1], self[2])


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = '_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold'

    def __new__(cls, *args, **kwargs):
        if len(args) <= 5 and not kwargs:
            args = args + (0, 0, 0, 0, None)[len(args):]
            hour, minute, second, microsecond, tz = args
            fold = 0
        else:
            hour, minute, second, microsecond, tz, fold = _args(
                'time', args, kwargs, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'), 0)
            if len(args) > 5:
                raise TypeError('function takes at most 5 positional arguments (%d given)' % len(args))
            hour = 0 if hour is _MISSING else hour
            minute = 0 if minute is _MISSING else minute
            second = 0 if second is _MISSING else second
            microsecond = 0 if microsecond is _MISSING else microsecond
            tz = None if tz is _MISSING else tz
            fold = 0 if fold is _MISSING else fold
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_time(cls, hour, minute, second, microsecond, tz, fold)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(0, seconds, self._microsecond) - tzoff)
        return self._hashcode

    def __add__(self, other):
        if _plain(other):
            _no_op('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if _plain(other):
            _no_op('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if _plain(other):
            _no_op('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _plain(other):
            _no_op('-', other, self)
        return NotImplemented

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s' % (_tpname(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        tstr = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_isoformat_time(tstr)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*_resolve_offsets(fields))

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _getstate(self):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        basestate = bytes([self._hour, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def __reduce__(self):
        return (self.__class__, self._getstate())


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._hashcode = -1
    self._fold = fold
    return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)

_DATETIME_ARGS = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = '_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold'

    def __new__(cls, *args, **kwargs):
        if 3 <= len(args) <= 8 and not kwargs:
            args = args + (0, 0, 0, 0, None)[len(args) - 3:]
            year, month, day, hour, minute, second, microsecond, tz = args
            fold = 0
        elif len(args) == 1 and not kwargs and isinstance(args[0], bytes) and len(args[0]) == 10:
            return _datetime_from_state(cls, args[0], None)
        elif len(args) == 2 and not kwargs and isinstance(args[0], bytes) and len(args[0]) == 10:
            return _datetime_from_state(cls, args[0], args[1])
        else:
            if len(args) > 8:
                raise TypeError('function takes at most 8 positional arguments (%d given)' % len(args))
            values = _args('datetime', args, kwargs, _DATETIME_ARGS, 3)
            year, month, day, hour, minute, second, microsecond, tz, fold = [
                default if v is _MISSING else v
                for v, default in zip(values, (0, 0, 0, 0, 0, 0, 0, None, 0))]
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        # CPython's _PyTime_ObjectToTimeval, rounding half to even.
        if isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            frac, whole = _modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
            if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
                raise OverflowError('timestamp out of range for platform time_t')
            t = int(whole)
        else:
            us = 0
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = converter(t)[:6]
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError('year %d is out of range' % y)
        # The local zone is UTC, which has no folds to look for.
        result = _new_datetime(cls, y, m, d, hh, mm, min(ss, 59), us, tz, 0)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(_time.time(), tz is not None, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls._fromtimestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            separator_location = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[0:separator_location]
            tstr = date_string[(separator_location + 1):]
            date_components = _parse_isoformat_date(dstr)
            if tstr:
                time_components = _parse_isoformat_time(tstr)
            elif len(date_string) > separator_location:
                raise ValueError('Invalid isoformat string')
            else:
                time_components = [0, 0, 0, 0, None]
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*_resolve_offsets(date_components + time_components))

    @classmethod
    def strptime(cls, *args):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if len(args) != 2:
            raise TypeError('strptime() takes exactly 2 arguments (%d given)' % len(args))
        date_string, format = args
        for i, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError('strptime() argument %d must be str, not %s' % (i + 1, type(arg).__name__))
        tt, fraction, gmtoff_fraction = _time._strptime(date_string, format)
        tzname, gmtoff = tt[-2:]
        args = tt[:6] + (fraction,)
        if gmtoff is not None:
            tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            if tzname:
                tz = timezone(tzdelta, tzname)
            else:
                tz = timezone(tzdelta)
            args += (tz,)
        return cls(*args)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dst)

    def _local_seconds(self):
        """Seconds since the epoch of the fields read as local time (UTC here).
        CPython probes a day before (or, with fold=1, after) for a zone change, so
        it fails within a day of the range's ends."""
        days = self.toordinal()
        if self._fold:
            if days == _MAXORDINAL:
                raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        elif days == 1:
            raise ValueError('year 0 is out of range')
        return ((days - 719163) * 86400 + self._hour * 3600 + self._minute * 60 + self._second)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        return timezone(timedelta(seconds=localtm.tm_gmtoff), localtm.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        s = ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        s = '%s(%s' % (_tpname(self), ', '.join([str(f) for f in fields]))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _wrap_strftime(self, format, self.timetuple())

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._fields(), other._fields())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    def __add__(self, other):
        if not isinstance(other, timedelta):
            if _plain(other):
                _no_op('+', self, other)
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
              * 1000000 + self._microsecond + other._to_microseconds())
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        if 0 < days <= _MAXORDINAL:
            y, m, d = _ord2ymd(days)
            hh, rem = divmod(secs, 3600)
            mm, ss = divmod(rem, 60)
            return _new_datetime(type(self), y, m, d, hh, mm, ss, us, self._tzinfo, 0)
        raise OverflowError('date value out of range')

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _plain(other):
            _no_op('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            if _plain(other):
                _no_op('-', self, other)
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._fields())
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - tzoff)
        return self._hashcode

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        basestate = bytes([yhi, ylo, self._month, self._day, self._hour,
                           self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def __reduce__(self):
        return (self.__class__, self._getstate())


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._hashcode = -1
    self._fold = fold
    return self


def _datetime_from_state(cls, state, tz):
    yhi, ylo, m, d, hh, mm, ss, us1, us2, us3 = state
    fold = 0
    if m > 127:
        fold = 1
        m -= 128
    _check_tzinfo_arg(tz)
    return _new_datetime(cls, yhi * 256 + ylo, m, d, hh, mm, ss,
                         (((us1 << 8) | us2) << 8) | us3, tz, fold)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = '_offset', '_name'

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is _MISSING:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        # By value: a UTC zone that crossed a process boundary is a copy of the
        # singleton (timezone(timedelta(0)) itself always returns the singleton).
        if self is self.utc or (self._name is None and not self._offset):
            return '%s.utc' % _tpname(self)
        if self._name is None:
            return '%s(%r)' % (_tpname(self), self._offset)
        return '%s(%r, %r)' % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt('tzname', dt)
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        """Return None."""
        self._check_dt('dst', dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


UTC = timezone.utc = timezone._create(timedelta(0))
# CPython's limits are whole minutes: a day less a minute either way.
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

_TYPE_NAMES.update({timedelta: 'datetime.timedelta', date: 'datetime.date',
                    time: 'datetime.time', datetime: 'datetime.datetime',
                    timezone: 'datetime.timezone', tzinfo: 'datetime.tzinfo',
                    _IsoCalendarDate: 'datetime.IsoCalendarDate'})
# Operands that cannot take part in an operator the datetime types refuse.
_PLAIN_TYPES = {int, float, bool, str, bytes, bytearray, list, tuple,
                dict, set, frozenset, type(None), timedelta, date, time, datetime, timezone}


def _no_attribute(self, name):
    raise AttributeError("'%s' object has no attribute '%s'" % (_tpname(self), name))


# Only reached when the attribute is missing: the message names the type as
# CPython's C types are named ('datetime.date' object has no attribute 'hour').
for _cls in (timedelta, date, time, tzinfo):
    _cls.__getattr__ = _no_attribute
del _cls


# Parsing ISO 8601 (fromisoformat), as CPython 3.11 accepts it.

def _is_ascii_digit(c):
    return c in '0123456789'


def _find_isoformat_datetime_separator(dtstr):
    len_dtstr = len(dtstr)
    if len_dtstr == 7:
        return 7
    if dtstr[4] == '-':
        if dtstr[5] == 'W':
            if len_dtstr < 8:
                raise ValueError('Invalid ISO string')
            if len_dtstr > 8 and dtstr[8] == '-':
                if len_dtstr == 9:
                    raise ValueError('Invalid ISO string')
                if len_dtstr > 10 and _is_ascii_digit(dtstr[10]):
                    return 8
                return 10
            return 8
        return 10
    if dtstr[4] == 'W':
        idx = 7
        while idx < len_dtstr:
            if not _is_ascii_digit(dtstr[idx]):
                break
            idx += 1
        if idx < 9:
            return idx
        if idx % 2 == 0:
            return 7
        return 8
    return 8


def _digits(text):
    if not text or not all([_is_ascii_digit(c) for c in text]):
        raise ValueError('Invalid isoformat string')
    return int(text)


def _parse_isoformat_date(dtstr):
    if len(dtstr) not in (7, 8, 10):
        raise ValueError('Invalid isoformat string')
    year = _digits(dtstr[0:4])
    has_sep = dtstr[4] == '-'
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == 'W':
        pos += 1
        weekno = _digits(dtstr[pos:pos + 2])
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == '-') != has_sep:
                raise ValueError('Inconsistent use of dash separator')
            pos += has_sep
            dayno = _digits(dtstr[pos:pos + 1])
        return list(_isoweek_to_gregorian(year, weekno, dayno))
    month = _digits(dtstr[pos:pos + 2])
    pos += 2
    if (dtstr[pos:pos + 1] == '-') != has_sep:
        raise ValueError('Inconsistent use of dash separator')
    pos += has_sep
    day = _digits(dtstr[pos:pos + 2])
    if pos + 2 != len(dtstr):
        raise ValueError('Invalid isoformat string')
    return [year, month, day]


_FRACTION_CORRECTION = [100000, 10000, 1000, 100, 10]


def _parse_hh_mm_ss_ff(tstr):
    """HH[:?MM[:?SS[{.,}fff[fff]]]] -> [hour, minute, second, microsecond]."""
    len_str = len(tstr)
    time_comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(0, 3):
        if (len_str - pos) < 2:
            raise ValueError('Incomplete time component')
        time_comps[comp] = _digits(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError('Invalid time separator: %c' % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in '.,':
            raise ValueError('Invalid microsecond component')
        pos += 1
        len_remainder = len_str - pos
        to_parse = 6 if len_remainder >= 6 else len_remainder
        time_comps[3] = _digits(tstr[pos:(pos + to_parse)])
        if to_parse < 6:
            time_comps[3] *= _FRACTION_CORRECTION[to_parse - 1]
        if len_remainder > to_parse and not all([_is_ascii_digit(c) for c in tstr[(pos + to_parse):]]):
            raise ValueError('Non-digit values in unparsed fraction')
    return time_comps


def _parse_isoformat_time(tstr):
    """HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]] -> [h, m, s, us, tzinfo]."""
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError('Isoformat time too short')
    tz_pos = (tstr.find('-') + 1 or tstr.find('+') + 1 or tstr.find('Z') + 1)
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    time_comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len_str and tstr[-1] == 'Z':
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError('Malformed time zone string')
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all([x == 0 for x in tz_comps]):
            tzi = timezone.utc
        else:
            tzsign = -1 if tstr[tz_pos - 1] == '-' else 1
            td = timedelta(hours=tz_comps[0], minutes=tz_comps[1],
                           seconds=tz_comps[2], microseconds=tz_comps[3])
            tzi = _OffsetCheck(tzsign * td)
    time_comps.append(tzi)
    return time_comps


class _OffsetCheck:
    """An offset parsed from an ISO string, made a timezone only after the string
    has parsed, so an out-of-range offset reports CPython's range error and not
    'Invalid isoformat string'."""

    def __init__(self, delta):
        self.delta = delta


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    day_offset = (week - 1) * 7 + (day - 1)
    return _ord2ymd(_isoweek1monday(year) + day_offset)


def _resolve_offsets(fields):
    if fields and isinstance(fields[-1], _OffsetCheck):
        fields[-1] = timezone(fields[-1].delta)
    return fields
