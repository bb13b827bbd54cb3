try:
    raise ValueError('bad input')
except ValueError as e:
    e.add_note('while parsing line 3')
    e.add_note('hint: check the file')
    print(e.__notes__)
eg = ExceptionGroup('several failures', [ValueError('v'), TypeError('t'), ValueError('w')])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as group:
    print('value errors:', [str(x) for x in group.exceptions])
except* TypeError as group:
    print('type errors:', [str(x) for x in group.exceptions])
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: str(e) == 'w').exceptions)
