# struct: length-prefixed headers and the errors of each format (native and standard sizes).
import struct
for t in [lambda: struct.pack('i', 2**31), lambda: struct.pack('i', 'x'), lambda: struct.unpack('i', b'abc'), lambda: struct.pack('ii', 1), lambda: struct.pack('B', -1), lambda: struct.pack('h', 40000), lambda: struct.pack('Q', -1), lambda: struct.pack('?', 0), lambda: struct.pack('z', 1), lambda: struct.pack('4s', 'x'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('b', 200), lambda: struct.pack('f', 'x'), lambda: struct.unpack('>I', b'\x00\x00\x00\x05\x00')]:
    try: print(t())
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(struct.calcsize('i'), struct.calcsize('ci'), struct.calcsize('<ci'), struct.calcsize('!hq'), struct.calcsize('@bq'), struct.calcsize('3s2x'))
print(struct.pack('<iH?3s', -2, 65535, True, b'ab'), struct.pack('>d', 1.5), struct.pack('f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('ci', b'a', 1), struct.Struct('!I').size, struct.error)
for f,v in [('<h',40000),('<B',256),('<b',-129),('<H',-1),('<i',2**31),('<I',-1),('<q',2**63),('<Q',-1),('>l',2**31),('<L',2**32),('@l',2**63),('@L',-1),('@q',2**63),('=i',2**40)]:
    try: struct.pack(f,v)
    except struct.error as e: print(f, e)
header = struct.pack('!I', 1234)
print(header, struct.unpack('!I', header)[0], struct.unpack('>hhl', struct.pack('>hhl', 1, 2, 3)), struct.unpack_from('<H', b'\x00\x01\x02', 1))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.unpack('<q', struct.pack('<q', -5)), struct.unpack('<Q', b'\xff' * 8))
