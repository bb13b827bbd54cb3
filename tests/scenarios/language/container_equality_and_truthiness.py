print([] == [], [] is [], [1, 2] == [2, 1], {1, 2} == {2, 1})
print({'a': [1]} == {'a': [1]}, (1, [2]) == (1, [2]))
for v in [[], [0], (), (None,), {}, {0: 0}, set(), '', 'False', 0, 0.0, None]:
    print(repr(v), bool(v), 'truthy' if v else 'falsy')
print(len([[]]), len([[], []]), [[]] == [[]])
