def divide(a, b):
    assert b != 0, f'b must be non-zero, got {b}'
    return a / b
print(divide(6, 3))
try:
    divide(1, 0)
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert 1 > 2
except AssertionError as e:
    print('bare assert:', repr(e), repr(str(e)))
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(e)
assert True, 'never raised'
print('done')
