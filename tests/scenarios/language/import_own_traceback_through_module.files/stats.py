"""Averages of lists of numbers."""


def total(values):
    result = 0
    for v in values:
        result += v
    return result


def mean(values):
    return total(values) / len(values)
