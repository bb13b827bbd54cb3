# An int or str subclass's instance compares and hashes as the value it wraps: F(2) == 2,
# a str subclass finds its dict key (both were wrong answers).
class F(int):
    pass
a = F(2)
print(a == 2, 2 == a, a + 1, hash(a) == hash(2), a != 2)
class G(str):
    pass
g = G('k')
print(g == 'k', {'k': 1}[g], g in {'k'}, 'k' == g)
print(F(5) in {5: 'five'}, {F(1): 'a'}.get(1), [G('x')].index('x'), 'x' in [G('x')])
