#!/usr/bin/env python3
"""Writes normalization.txt, what NFKC needs, from this python3's unicodedata
(CPython 3.11: Unicode 14.0, the version its parser normalizes identifiers by).
Run: python3 generate.py > normalization.txt

Lines after the header, code points in hex:
  d CP: HEX HEX ...   the full compatibility decomposition (NFKD) of CP
  c CP CLASS          a canonical combining class other than 0
  p A B: CP           A followed by B composes to CP (a primary composite)
Hangul syllables are left out: they are decomposed and composed by arithmetic.
"""
import sys
import unicodedata as u

HANGUL = range(0xAC00, 0xAC00 + 11172)

print(f"# NFKC data of Unicode {u.unidata_version}, from CPython's unicodedata (generate.py)")
for cp in range(0x110000):
    if cp in HANGUL or 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    d = u.normalize("NFKD", c)
    if d != c:
        print(f"d {cp:X}: " + " ".join(f"{ord(x):X}" for x in d))
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    k = u.combining(chr(cp))
    if k:
        print(f"c {cp:X} {k}")
for cp in range(0x110000):
    if cp in HANGUL or 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    raw = u.decomposition(c)
    if not raw or raw.startswith("<"):
        continue
    parts = [int(x, 16) for x in raw.split()]
    # A primary composite: a canonical pair that NFC puts back together.
    if len(parts) == 2 and u.normalize("NFC", chr(parts[0]) + chr(parts[1])) == c:
        print(f"p {parts[0]:X} {parts[1]:X}: {cp:X}")
