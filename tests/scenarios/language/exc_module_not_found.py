# The course typo: "mutiprocessing" instead of "multiprocessing".
print('program start')
print('importing the worker module...')
import mutiprocessing
print('unreachable')
