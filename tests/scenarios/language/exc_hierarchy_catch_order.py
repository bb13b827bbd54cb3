def trigger(kind):
    if kind == 'key':
        {}['x']
    elif kind == 'index':
        [][0]
    elif kind == 'zero':
        1 % 0
    elif kind == 'type':
        len(5)
    elif kind == 'value':
        int('v')
    elif kind == 'attr':
        None.x
    elif kind == 'custom':
        raise Exception('plain')
for kind in ['key', 'index', 'zero', 'type', 'value', 'attr', 'custom', 'none']:
    try:
        trigger(kind)
        print(kind, 'no error')
    except LookupError as e:
        print(kind, 'LookupError family:', type(e).__name__)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError family:', type(e).__name__)
    except (TypeError, AttributeError) as e:
        print(kind, 'type/attr:', type(e).__name__, e)
    except Exception as e:
        print(kind, 'generic:', type(e).__name__, e)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
