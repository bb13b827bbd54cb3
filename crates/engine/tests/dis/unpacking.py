a, *rest = [1, 2, 3]
(b, c), d = (1, 2), 3
first, *_, last = "abcde"
print(*rest, sep=", ", **{"end": "\n"})
