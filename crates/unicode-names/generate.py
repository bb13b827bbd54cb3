"""Writes names.txt: every character name CPython 3.11's \\N{...} accepts, from
the running python3's unicodedata (Unicode 14.0.0 for 3.11), with the name
aliases (NameAliases.txt, given as the first argument) that it accepts too, and
the ranges of CJK unified ideographs, whose names are made from their code point
and are not listed. One "NAME<TAB>HEX" a line, sorted by name, so a lookup is a
binary search.

    python3 crates/unicode-names/generate.py path/to/NameAliases.txt
"""
import sys
import unicodedata
from pathlib import Path

CJK = "CJK UNIFIED IDEOGRAPH-"

names = {}
cjk_ranges = []
for code in range(0x110000):
    name = unicodedata.name(chr(code), None)
    if name is None:
        continue
    if name.startswith(CJK):
        if cjk_ranges and cjk_ranges[-1][1] == code - 1:
            cjk_ranges[-1][1] = code
        else:
            cjk_ranges.append([code, code])
        continue
    names[name] = code

for line in Path(sys.argv[1]).read_text().splitlines():
    if not line or line.startswith("#"):
        continue
    code, alias, _kind = line.split(";")
    try:
        # What \N{...} accepts, as CPython 3.11 has it (newer aliases are refused).
        if unicodedata.lookup(alias) == chr(int(code, 16)):
            names.setdefault(alias, int(code, 16))
    except KeyError:
        pass

out = Path(__file__).with_name("names.txt")
with out.open("w") as f:
    f.write(f"# unicodedata {unicodedata.unidata_version}; CJK unified ideographs: ")
    f.write(",".join(f"{a:X}-{b:X}" for a, b in cjk_ranges) + "\n")
    for name in sorted(names):
        f.write(f"{name}\t{names[name]:X}\n")
print(f"{len(names)} names, {len(cjk_ranges)} CJK ranges -> {out}")
