# Popen with pipes: a child that reads lines and answers them, communicate(),
# poll/wait/returncode, terminate and kill, and programs that are not there.
import subprocess
import sys
import time

child = '''
import sys
for line in sys.stdin:
    print(line.strip()[::-1], flush=True)
print("bye", file=sys.stderr)
sys.exit(5)
'''
p = subprocess.Popen(['python3', '-c', child], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(type(p.pid).__name__, p.returncode, p.poll())
out, err = p.communicate('stressed\ndesserts\n')
print(repr(out), repr(err), p.returncode, p.wait())
print(p)

p = subprocess.Popen(['python3', '-u', '-c', 'import sys\nfor i in range(3): print("line", i)'],
                     stdout=subprocess.PIPE)
for line in p.stdout:
    print('got', line)
print(p.wait())

with subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(10)']) as sleeper:
    time.sleep(0.2)
    print('still running:', sleeper.poll() is None)
    sleeper.terminate()
    print('terminated:', sleeper.wait())

sleeper = subprocess.Popen(['python3', '-c', 'import time; time.sleep(10)'])
try:
    sleeper.wait(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e)
sleeper.kill()
print('killed:', sleeper.wait())

try:
    subprocess.run(['python3', '-c', 'import time; time.sleep(5)'], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.output)

for program in (['no-such-ls', '-l'], 'echo hello', ['definitely-not-here']):
    try:
        subprocess.run(program)
    except FileNotFoundError as e:
        print('FileNotFoundError:', e, e.errno, e.filename)
subprocess.check_output(['no-such-tool', 'status'])
