# sys.exit with an int: no traceback, exit status 3.
print('program start')
import sys
print('about to exit with 3')
sys.exit(3)
print('not printed')
