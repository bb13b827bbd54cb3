total = 10
def add_to_total(n):
    total += n
    return total
try:
    add_to_total(5)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def maybe(flag):
    if flag:
        value = 'set'
    return value
print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def uses_before_assign():
    print(total)
    total = 1
try:
    uses_before_assign()
except NameError as e:
    print(type(e).__name__, isinstance(e, NameError), e)
add_to_total(1)
