class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field
class NotFound(AppError):
    def __str__(self):
        return f'not found ({len(self.args)} args)'
def check(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'must be int')
    if age < 0:
        raise ValidationError('age', f'{age} is negative')
    return age
for v in [5, -1, 'x']:
    try:
        print('ok', check(v))
    except ValidationError as e:
        print('invalid', e.field, '|', e, '|', repr(e))
try:
    raise NotFound('a', 'b')
except AppError as e:
    print(type(e).__name__, e, e.args)
print([c.__name__ for c in ValidationError.__mro__])
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print('caught', e)
