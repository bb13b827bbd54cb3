# Big containers go in batches of 1,000 items, and the C pickler writes an empty
# batch after a dict or set whose size is a multiple of 1,000; at protocol 4 the
# bytes are cut into frames of about 64 KiB, and big bytes go outside any frame.
import pickle

def show(name, value):
    for proto in (2, 4, 5):
        data = pickle.dumps(value, proto)
        same = pickle.loads(data) == value
        checksum = sum((i % 251 + 1) * b for i, b in enumerate(data)) % 1000003
        print(name, proto, len(data), same, checksum, data[:14], data[-12:])

show('list 1000', list(range(1000)))
show('list 2001', list(range(2001)))
show('dict 1000', {i: -i for i in range(1000)})
show('dict 2000', {i: str(i) for i in range(2000)})
show('dict 1', {1: 2})
show('set 1000', set(range(1000)))
show('set 1500', set(range(1500)))
show('big list', list(range(30000)))
show('strings', [str(i) * 40 for i in range(2000)])
show('big bytes', [b'a' * 70000, b'b' * 10])
show('big str', ('z' * 70000, 'small'))
show('big bytearray', [bytearray(b'q' * 70000)])
