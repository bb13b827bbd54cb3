os = __import__("os")
print(os.sep)
import importlib
print(importlib.import_module("json").dumps([1]))
