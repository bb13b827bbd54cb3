import string
t = string.Template('$who likes $what; ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
print(string.capwords('hello   big  world'))
print('%-6s|%6s|' % ('中文', '中文'))
print('{:6}|{:>6}|'.format('abc', 12))
print('{:6}|'.format(12.5), '{:6}|'.format(True), '{:6}|'.format('True'))
