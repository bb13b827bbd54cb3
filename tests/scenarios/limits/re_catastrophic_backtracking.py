# interleave: engine-limit
# interleave: max-instructions 20000000
# A pattern that backtracks exponentially ((a*)*b on 30 a's takes CPython minutes) is
# stopped inside the match by the instruction limit, never hanging the page.
import re

print('start')
print(re.match(r'(a*)*b', 'a' * 30))
print('not reached')
