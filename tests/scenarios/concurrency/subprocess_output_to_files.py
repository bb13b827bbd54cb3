# A child's output sent to files: stdout to a log, stderr to another (text and
# binary files), then read back by the parent.
import subprocess
import sys

with open('log.txt', 'w') as log, open('errors.bin', 'wb') as errors:
    code = subprocess.call([sys.executable, '-c', 'import sys\nprint("line one")\nprint("line two")\nprint("oops", file=sys.stderr)'],
                           stdout=log, stderr=errors)
print('exit', code)
print(open('log.txt').read(), end='')
print(open('errors.bin', 'rb').read())
with open('both.txt', 'w') as both:
    subprocess.run(['python3', '-c', 'import sys; print("out"); print("err", file=sys.stderr); sys.exit(1)'],
                   stdout=both, stderr=subprocess.STDOUT)
print(open('both.txt').read().split())
