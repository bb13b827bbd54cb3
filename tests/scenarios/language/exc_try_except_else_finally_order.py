def run(x):
    print(f'-- run({x!r})')
    try:
        print('  try start')
        r = 10 / x
        print('  try end', r)
    except ZeroDivisionError:
        print('  except ZeroDivisionError')
    except TypeError as e:
        print('  except TypeError:', e)
    else:
        print('  else (no exception)')
    finally:
        print('  finally')
    print('  after try statement')
run(2)
run(0)
run('a')
