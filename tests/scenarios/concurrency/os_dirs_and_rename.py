# Directories in the simulated file system: mkdir, makedirs, listdir, isdir,
# rename (files and directories), rmdir, and CPython's errors for each.
import os

os.makedirs("logs/2024", exist_ok=True)
for name in ["a.log", "b.log"]:
    with open(os.path.join("logs", name), "w") as f:
        f.write(name)
print(sorted(os.listdir("logs")), os.path.isdir("logs/2024"), os.path.isfile("logs/a.log"))
os.rename("logs/a.log", "logs/2024/a.log")
print(sorted(os.listdir("logs")), os.listdir("logs/2024"))
os.rename("logs", "archive")
print(os.path.exists("logs"), sorted(os.listdir("archive")), open("archive/2024/a.log").read())
for call, args in [(os.mkdir, ("archive",)), (os.rmdir, ("archive",)), (os.listdir, ("nope",)),
                   (os.rename, ("nope", "x")), (os.listdir, ("archive/b.log",)), (os.mkdir, ("a/b",))]:
    try:
        call(*args)
    except OSError as e:
        print(type(e).__name__, e)
os.remove("archive/b.log")
os.remove("archive/2024/a.log")
os.rmdir("archive/2024")
os.rmdir("archive")
print(os.path.exists("archive"), "archive" in os.listdir("."), "main.py" in os.listdir())
print(list(os.walk("."))[0][0])
