import sys
print(sys.argv[0].endswith('main.py'), len(sys.argv))
print(type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.version_info.major)
print(sys.getrecursionlimit(), type(sys.path).__name__)
print('sys' in sys.modules, sys.stdout is not None, sys.stderr is not None)
sys.stdout.write('direct write\n')
sys.stdout.flush()
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
