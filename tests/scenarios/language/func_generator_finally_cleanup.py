def resource():
    print('open')
    try:
        yield 'data1'
        yield 'data2'
    finally:
        print('close')
for item in resource():
    print('use', item)
g = resource()
print(next(g))
g.close()
print('after close')
def with_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
gg = with_exit()
next(gg)
gg.close()
def thrower():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            yield f'handled {e}'
t = thrower()
print(next(t), t.throw(ValueError('boom')), next(t))
