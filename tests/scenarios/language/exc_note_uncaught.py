def parse_row(row):
    try:
        return int(row)
    except ValueError as e:
        e.add_note(f'row content was {row!r}')
        raise
print(parse_row('5'))
print(parse_row('five'))
