# interleave: engine-limit
# interleave: max-instructions 2000000
# Threads that each spend the limit inside built-ins: the run stops, nothing prints a wrong total.
import threading
results = []
def work():
    results.append(sum(range(10**8)))
threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(results)
