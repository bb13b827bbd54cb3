import os

os.makedirs("data/sub", exist_ok=True)
for name in ("b.txt", "a.txt"):
    with open(os.path.join("data", name), "w", encoding="utf-8") as f:
        f.write(name * 2)
print(sorted(os.listdir("data")))
print(os.path.exists("data/a.txt"), os.path.isdir("data/sub"), os.path.getsize("data/a.txt"))
os.rename("data/b.txt", "data/c.txt")
os.remove("data/a.txt")
print(sorted(os.listdir("data")))
print(os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b/c.py"), os.path.join("a", "b", "c"))
try:
    os.remove("data/nope.txt")
except FileNotFoundError as e:
    print(e)
print(os.getcwd() == os.path.abspath("."), os.sep, os.name)
print(sorted(x for x in os.walk("data"))[0][1])
