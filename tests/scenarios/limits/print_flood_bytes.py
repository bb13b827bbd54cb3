# interleave: engine-limit
# interleave: max-output-mb 1
# Long lines printed without end stop at the run's output limit, with a message
# saying so, before the console (and the page) fill with gigabytes.
line = 'x' * 10_000
while True:
    print(line)
