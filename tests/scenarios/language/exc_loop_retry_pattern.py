attempts = iter(['x', '', '-3', '7'])
def ask():
    v = next(attempts)
    print('input:', repr(v))
    return v
while True:
    try:
        n = int(ask())
        if n < 0:
            raise ValueError(f'{n} is negative')
        break
    except ValueError as e:
        print('  retry because:', e)
print('accepted', n)
results = []
for item in ['1', 'two', '3', None, '5']:
    try:
        results.append(int(item))
    except (ValueError, TypeError):
        results.append(0)
        continue
    finally:
        results.append('|')
print(results)
