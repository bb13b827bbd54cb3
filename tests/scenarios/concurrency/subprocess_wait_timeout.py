# wait(timeout) gives up with TimeoutExpired while the child still runs.
import subprocess

p = subprocess.Popen(['python3', '-c', 'import time; time.sleep(3)'])
print('waiting')
p.wait(0.2)
