def process():
    try:
        print('processing')
        return [1, 2][5]
    finally:
        print('cleanup in finally')
try:
    process()
finally:
    print('outer finally')
print('unreachable')
