scores = [70, 95, 88]
ranked = scores.sort(reverse=True)
print(scores)
print(ranked)
print('top score:', ranked[0])
