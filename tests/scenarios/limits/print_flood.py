# interleave: engine-limit
# interleave: max-events 50000
# A print flood ends at the event limit with a clear message, its output so far kept.
i = 0
while True:
    print('line', i)
    i += 1
