for exc in [KeyboardInterrupt, SystemExit, GeneratorExit, Exception]:
    print(exc.__name__, issubclass(exc, Exception), issubclass(exc, BaseException))
try:
    raise KeyboardInterrupt
except Exception:
    print('not caught here')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt caught separately', repr(e))
try:
    try:
        raise KeyboardInterrupt('stop')
    except:
        print('bare except catches everything')
        raise
except BaseException as e:
    print(type(e).__name__, e)
