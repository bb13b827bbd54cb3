"""time.struct_time, in Python.

modules/time.rs runs this file in the native `time` module's namespace when
`time` is first imported (it is not a module of its own). The native functions
(gmtime, localtime, strptime) build instances directly: the nine fields as the
tuple and all eleven as attributes. Time itself comes from the simulated
kernel's virtual clock; see time.rs.
"""

_STRUCT_TM_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min',
                     'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_STRUCT_TM_EXTRA = ('tm_zone', 'tm_gmtoff')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _STRUCT_TM_FIELDS

    def __new__(cls, sequence, dict=None):
        # CPython's structseq_new: any iterable, 9 to 11 items; the fields past
        # the sequence come from `dict`, else None.
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        n = len(items)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, items[:9])
        for i, name in enumerate(_STRUCT_TM_FIELDS):
            object.__setattr__(self, name, items[i])
        for i, name in enumerate(_STRUCT_TM_EXTRA):
            if 9 + i < n:
                value = items[9 + i]
            elif dict:
                value = dict.get(name)
            else:
                value = None
            object.__setattr__(self, name, value)
        return self

    def __repr__(self):
        fields = ', '.join(['%s=%r' % (name, value) for name, value in zip(_STRUCT_TM_FIELDS, self)])
        return 'time.struct_time(%s)' % fields

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self.tm_zone, 'tm_gmtoff': self.tm_gmtoff}))

    # The messages name the type as CPython's C type does: 'time.struct_time'.
    def __getattr__(self, name):
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __setitem__(self, index, value):
        raise TypeError("'time.struct_time' object does not support item assignment")

    def __delitem__(self, index):
        raise TypeError("'time.struct_time' object doesn't support item deletion")

    def __setattr__(self, name, value):
        if name in _STRUCT_TM_FIELDS or name in _STRUCT_TM_EXTRA:
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        if name in _STRUCT_TM_FIELDS or name in _STRUCT_TM_EXTRA:
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)
