def check(n):
    if n > 3:
        break
    return n
print(check(1))
