import random
random.seed(2024)
dice = [random.randint(1, 6) for _ in range(20)]
print(dice)
counts = {face: dice.count(face) for face in range(1, 7)}
print(counts)
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:5], len(deck))
hand = sorted(random.sample(deck, 4))
print(hand)
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(8)])
rng2 = random.Random(7)
print([rng2.randint(0, 9) for _ in range(8)])
random.seed(1)
walk = [0]
for _ in range(10):
    walk.append(walk[-1] + random.choice([-1, 1]))
print(walk)
print(round(random.gauss(0, 1), 6), round(random.triangular(0, 10, 3), 6))
