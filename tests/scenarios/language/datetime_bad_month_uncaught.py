# An impossible date raises ValueError with CPython's message.
from datetime import date


def parse(text):
    year, month, day = (int(part) for part in text.split('-'))
    return date(year, month, day)


print(parse('2024-02-29'))
print(parse('2024-13-01'))
