# Three Python children run at once, each a lane of its own: the parent starts
# them all, then collects their answers; children that print to the console
# interleave by when they finish.
import subprocess
import sys
import time

jobs = []
for i, delay in enumerate([0.3, 0.1, 0.2]):
    code = f'import time, os; time.sleep({delay}); print("job {i} slept {delay}")'
    jobs.append(subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, text=True))
print('started', len(jobs), 'children; all running:', all(p.poll() is None for p in jobs))
for p in jobs:
    out, err = p.communicate()
    print(out.strip(), '->', p.returncode, err)

start = time.monotonic()
loud = [subprocess.Popen(['python3', '-c', f'import time; time.sleep({d}); print("child waited", {d})'])
        for d in (0.25, 0.05, 0.15)]
print('parent goes on first')
print([p.wait() for p in loud])
print('took under a second:', time.monotonic() - start < 1)
