import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print('no-arg code:', e.code)
try:
    raise SystemExit('text')
except SystemExit as e:
    print('code is message:', e.code)
try:
    sys.exit(1)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
def cleanup_demo():
    try:
        sys.exit(0)
    finally:
        print('finally runs on exit')
cleanup_demo()
print('not reached')
