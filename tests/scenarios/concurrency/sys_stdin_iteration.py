import sys

for line in sys.stdin:
    print("line:", line.rstrip())
print("done")
