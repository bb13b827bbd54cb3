import struct
import json

body = json.dumps({"cmd": "ls", "size": 1024}).encode("utf-8")
header = struct.pack("i", len(body))
print(len(header), header)
n = struct.unpack("i", header)[0]
print(n, json.loads(body[:n]))
print(struct.pack(">HI", 1, 2), struct.calcsize("!Q"))
try:
    struct.pack("i", 2**40)
except struct.error as e:
    print("struct.error:", e)
