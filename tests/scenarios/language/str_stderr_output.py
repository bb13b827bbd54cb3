import sys
print('first to stdout')
print('warning: something odd', file=sys.stderr)
sys.stderr.write('raw stderr line\n')
print('second to stdout')
print('中文错误信息', file=sys.stderr)
