# Changing text with patterns: sub with templates (\1, \g<name>, \g<0>) and with
# functions, subn's count, split with groups and maxsplit, and escape.
import re

bold = re.compile(r'\*{2}(.*?)\*{2}')
text = 'Make this **bold**.  This **too**.'
print('Text:', text)
print('Bold:', bold.sub(r'<b>\1</b>', text))
print('Once:', bold.sub(r'<b>\1</b>', text, count=1))
bold = re.compile(r'\*{2}(?P<bold_text>.*?)\*{2}')
print('Named:', bold.sub(r'<b>\g<bold_text></b>', text))
print(bold.subn(r'<b>\g<bold_text></b>', text))

# Dates from American to ISO order.
print(re.sub(r'(\d{1,2})/(\d{1,2})/(\d{4})', r'\3-\1-\2', 'due 12/25/2024 and 1/2/2025'))
print(re.sub(r'(?P<word>\w+)', r'[\g<word>|\g<0>|\g<1>]', 'hi yo'))
print(re.sub(r'a', r'\n\t\\', 'xax'), re.sub('a', r'\.', 'a'), re.sub('(a)', r'\0101\1', 'a'))


def dashrepl(matchobj):
    if matchobj.group(0) == '-':
        return ' '
    else:
        return '-'


print(re.sub('-{1,2}', dashrepl, 'pro----gram-files'))
print(re.sub(r'\sAND\s', ' & ', 'Baked Beans And Spam', flags=re.IGNORECASE))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w+)@(\w+)\.com', lambda m: m.expand(r'\2:\1'), 'joe@example.com, ann@site.com'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '.', 'ab'), re.subn(r'\w', '', 'a b c', 2))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub(rb'\d', b'#', b'a1b2'))

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split(r'(a)|b', 'xaybz'), re.split(',', 'a,b,c', maxsplit=-1))

# A paragraph splitter, as PyMOTW's re_paragraphs_split.
text = '''Paragraph one
on two lines.

Paragraph two.


Paragraph three.'''
for num, para in enumerate(re.split(r'\n{2,}', text)):
    print(num, repr(para))

print(re.escape('http://www.python.org'), re.escape('a+b=c [1] {2}'), re.escape(b'1.5*2'))
operators = ['+', '-', '*', '/', '**']
print('|'.join(map(re.escape, sorted(operators, reverse=True))))
print(re.findall('|'.join(map(re.escape, sorted(operators, reverse=True))), '2**3+4*5-6/2'))
