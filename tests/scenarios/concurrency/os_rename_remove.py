import os

with open("old.txt", "w") as f:
    f.write("hi")
os.rename("old.txt", "new.txt")
print(os.path.exists("old.txt"), os.path.exists("new.txt"))
os.replace("new.txt", "final.txt")
os.remove("final.txt")
print(os.path.exists("final.txt"))
