s = 'héllo 世界'
b = s.encode('utf-8')
print(b, len(s), len(b), type(b).__name__)
print(b.decode('utf-8') == s)
print('abc'.encode(), 'abc'.encode('ascii'), b'abc'.decode())
print(s.encode('ascii', errors='replace'), s.encode('ascii', errors='ignore'))
print(s.encode('latin-1', errors='replace'))
print(b'\xe4\xb8\xad'.decode('utf-8'), bytes([228, 184, 173]).decode())
print(b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xff\xfe\xfa'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xffab'.decode('utf-8', errors='replace'), b'\xffab'.decode('utf-8', errors='ignore'))
print(list('é'.encode()), 'é'.encode('utf-16-le'))
