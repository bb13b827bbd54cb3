# Scanning a long text with slices, as a hand-written tokenizer does: each s[i:j]
# copies only its own characters, so 100,000 slices of a 100 kB string are quick.
text = ("let x = 42; print(x * 7); " * 4000)[:100_000]
words = ("naïve café déjà vu " * 6000)[:100_000]

i = 0
counts = {}
while i < len(text):
    ch = text[i]
    if ch.isalpha():
        j = i
        while j < len(text) and text[j].isalnum():
            j += 1
        kind = "name"
    elif ch.isdigit():
        j = i
        while j < len(text) and text[j].isdigit():
            j += 1
        kind = "number"
    else:
        j = i + 1
        kind = "space" if ch == " " else "punct"
    token = text[i:j]
    counts[kind] = counts.get(kind, 0) + len(token)
    i = j
print(len(text), counts)

total = 0
for k in range(100_000):
    start = (k * 37) % 99_000
    piece = words[start:start + 12]
    total += len(piece) + piece.count("é")
print(len(words), total, words[99_990:], words[-5:], words[1000:1010:3])
