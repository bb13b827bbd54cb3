scores = {'alice': 90, 'bob': 85}
print(scores['alice'])
total = 0
for name in ['alice', 'bob', 'carol']:
    total += scores[name]
    print('running total', total)
print('never printed')
