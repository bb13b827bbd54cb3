try:
    with open("f") as fh, open("g") as gh:
        data = fh.read()
except (OSError, ValueError) as e:
    raise RuntimeError("failed") from e
else:
    pass
finally:
    print("cleanup")
