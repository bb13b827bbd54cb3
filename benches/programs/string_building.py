# String building: concatenation, join, f-strings, methods.
parts = []
for i in range(200000):
    parts.append(f"{i}:{i % 10}")
text = ",".join(parts)
words = text.split(",")
upper = 0
for w in words:
    if w.endswith("7"):
        upper += len(w.upper())
s = ""
for i in range(100000):
    s += "ab"
print(len(text), len(words), upper, len(s))
