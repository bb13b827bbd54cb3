stack = []
for ch in '({[]})':
    if ch in '({[':
        stack.append(ch)
    else:
        top = stack.pop()
        print('matched', top, ch)
print('balanced' if not stack else 'unbalanced')
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for c in s:
        if c in '([{':
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ['()', '([)]', '{[()()]}', '((', '']:
    print(repr(s), balanced(s))
