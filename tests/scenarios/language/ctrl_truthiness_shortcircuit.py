def t(name, val):
    print('  eval', name)
    return val
print('and:', t('a', 0) and t('b', 1))
print('and:', t('a', 1) and t('b', 2))
print('or:', t('a', '') or t('b', 'x'))
print('or:', t('a', 'y') or t('b', 'x'))
print('not:', not t('a', []))
print('mix:', t('a', 1) and t('b', 0) or t('c', 3))
user = None
print((user and user.name) or 'anonymous')
config = {}
timeout = config.get('timeout') or 30
print(timeout)
print([] or {} or 0 or '' or 'last')
print(1 and [] and 2)
