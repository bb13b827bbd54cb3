# interleave: engine-limit
# interleave: max-instructions 1000000
# A callback from a built-in (a set calls __hash__) that loops forever on the simplest
# instructions still meets the instruction limit: the run stops, nothing is printed.
class Key:
    def __hash__(self):
        n = 0
        while True:
            n = n + 1

keys = {Key()}
print("never", keys)
