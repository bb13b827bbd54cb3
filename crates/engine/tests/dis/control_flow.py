for i in range(3):
    if i == 1:
        continue
    elif i > 5:
        break
else:
    print("done")
while i:
    i -= 1
