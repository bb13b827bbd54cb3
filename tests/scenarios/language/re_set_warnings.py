# POSIX classes are not Python's: '[[:alpha:]]' is a set of ':', 'a', ... followed by ']',
# and CPython warns (FutureWarning) about sets that may mean nesting or set operations.
import re

print(re.findall('[[:alpha:]]+', 'abc: a:]'))
print(re.findall(r'[^\W\d_]+', 'abc: a:] 42'))
print(re.findall('[a-z--]', 'a-b'))
print(re.findall('[&&x]', 'x&'))
for name in ['[~~]', '[a||b]']:
    print(name, re.compile(name).pattern)
try:
    re.compile('[[a')
except re.error as e:
    print(e)
