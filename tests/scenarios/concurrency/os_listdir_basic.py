import os

os.mkdir("logs")
for n in ("b.log", "a.log"):
    open(os.path.join("logs", n), "w").close()
print(sorted(os.listdir("logs")))
print(os.path.isdir("logs"), os.path.isfile("logs/a.log"))
