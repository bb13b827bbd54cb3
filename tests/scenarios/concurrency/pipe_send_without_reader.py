# A send bigger than the pipe's buffer waits for a reader; with none, forever.
# interleave: schedule-dependent
import multiprocessing as mp

reader, writer = mp.Pipe(duplex=False)
writer.send(list(range(100_000)))
print('sent')
