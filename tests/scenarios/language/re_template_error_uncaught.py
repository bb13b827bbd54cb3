# A replacement template naming a group the pattern does not have, not caught: the
# traceback goes through sub and the template's parser to CPython's lines.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site'))
print(re.sub(r'(\w+)@(\w+)', r'\3 at \1', 'joe@site'))
