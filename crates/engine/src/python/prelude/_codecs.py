# _codecs: what protocols 0-2 name to rebuild bytes (`_codecs.encode(text,
# 'latin1')`), so a pickle of bytes loads here as in CPython.


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
