def parse(text):
    try:
        return int(text)
    except ValueError:
        print('could not parse', repr(text))
        return undefined_fallback
print(parse('12'))
print(parse('twelve'))
