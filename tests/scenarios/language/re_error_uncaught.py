# A pattern with an unclosed group, not caught: the traceback goes through re's parser
# to the line that raised and ends in re.error with the position.
import re

DATE = re.compile(r'(\d{4})-(\d\d')
print(DATE.match('2024-05'))
