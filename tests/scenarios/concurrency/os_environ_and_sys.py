import os
import sys

os.environ["APP_MODE"] = "test"
print(os.environ.get("APP_MODE"), os.getenv("NOPE_XYZ", "default"))
print(sys.argv[0], len(sys.argv))
print(sys.version_info[:2], sys.platform)
print(sys.getrecursionlimit(), sys.maxsize == 2**63 - 1)
print(type(os.getpid()).__name__, os.getpid() > 0)
print(sys.executable != "", __name__, __file__ if False else "")
