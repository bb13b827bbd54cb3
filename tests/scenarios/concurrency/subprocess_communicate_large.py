# communicate() reads stdout and stderr as they come, so a child that writes
# more than a pipe holds to both finishes; a timeout keeps what came so far.
import subprocess, sys
code = 'import sys\nsys.stderr.write("e" * 200000)\nprint("x" * 100000)'
out, err = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE).communicate()
print(len(out), len(err))
try:
    subprocess.run([sys.executable, '-c', 'import time; print("partial", flush=True); time.sleep(5)'], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('timed out with', e.stdout, e.stderr)
