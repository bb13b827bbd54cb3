rows = [("进程", 3, 0.5), ("线程", 12, 0.123456), ("coroutine", 100, 12.0)]
print(f"{'name':<10}|{'n':>5}|{'time':^8}|")
for name, n, t in rows:
    print(f"{name:<10}|{n:>5d}|{t:^8.2f}|")
print("{:*^20}".format("END"))
print("%-6s|%04d|%.3e" % ("ab", 42, 12345.678))
print(f"{1234567:,} {0.25:.0%} {255:#x} {255:08b} {3.14159!r} {'x'!r:>5}")
total = sum(n for _, n, _ in rows)
print(f"{total=} {len(rows) = }")
