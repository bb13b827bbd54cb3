# interleave: engine-limit
# interleave: max-processes 50
# The fork bomb under `ulimit -u 50`: the processes multiply until a fork fails
# with EAGAIN, and then every one of them fails. A process that failed prints its
# traceback and finalizes its interpreter, which takes several turns of the
# scheduler, so by the time its slot is free every other forker has failed too:
# the bomb dies out. (Marked engine-limit only so that it is never recorded: CPython
# run without the limit would take the machine down.)
import os
while True:
    os.fork()
