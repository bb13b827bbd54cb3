readings = ['12', '15', '1 3', '20']
total = 0
for r in readings:
    total += int(r)
    print('running', total)
