# Errors collected from a batch of jobs and raised together as an ExceptionGroup:
# uncaught, CPython prints it as a tree, each member's traceback in the margin.
def check(record):
    if "id" not in record:
        raise KeyError("id")
    if not isinstance(record["qty"], int):
        raise TypeError(f"qty must be int, not {type(record['qty']).__name__}")
    if record["qty"] < 0:
        raise ValueError(f"negative qty {record['qty']}")


def validate(records):
    errors = []
    for n, record in enumerate(records):
        try:
            check(record)
        except Exception as e:
            e.add_note(f"in record {n}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad records", errors)


records = [{"id": 1, "qty": 2}, {"qty": 1}, {"id": 3, "qty": "two"}, {"id": 4, "qty": -5}]
try:
    validate(records)
except* KeyError as g:
    print("missing ids:", [str(e) for e in g.exceptions])
print("validating again")
validate(records)
