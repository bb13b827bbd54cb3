tests = ['abc', 'ABC', 'abc123', '123', '12.5', '', ' ', '\t\n', 'Hello World', '中文', '١٢٣', '½', '²', 'a_b', '_id', '3x', 'Title Case']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii())
print('print'.isidentifier(), 'for'.isidentifier(), 'abc\x7f'.isprintable(), 'ab\n'.isprintable())
