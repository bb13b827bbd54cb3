def hello():
    return 'hello'
f = hello
print(f(), f is hello, f.__name__)
funcs = [str.upper, str.lower, str.title]
print([fn('hELLo wOrld') for fn in funcs])
dispatch = {'sq': lambda x: x * x, 'neg': lambda x: -x, 'str': str}
print([dispatch[k](7) for k in ['sq', 'neg', 'str']])
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return add, sub
add, sub = make_ops()
print(add(2, 3), sub(2, 3), add.__qualname__)
def call_with(fn, *args):
    return fn(*args)
print(call_with(max, 3, 9, 2), call_with(sorted, 'cba'), call_with(print, 'printed', 'via', 'call_with'))
