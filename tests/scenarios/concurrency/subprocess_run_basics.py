# subprocess.run with the machine's own Python: captured output, input, exit
# codes, check=True and CompletedProcess's repr.
import subprocess
import sys

r = subprocess.run([sys.executable, '-c', 'print("hello from the child")'],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))

r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.stdin.read().upper(), end="")'],
                   input=b'shout this\n', stdout=subprocess.PIPE)
r.args = r.args[1:]
print(r)

r = subprocess.run([sys.executable, '-c', 'import sys; sys.exit(3)'])
print('exit status', r.returncode, r.stdout)

code = 'import sys; print("out"); print("err", file=sys.stderr)'
r = subprocess.run([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout.splitlines())

r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv)', 'a', 'b c'],
                   capture_output=True, text=True)
print(r.stdout, end='')

try:
    subprocess.run([sys.executable, '-c', 'raise SystemExit(2)'], check=True)
except subprocess.CalledProcessError as e:
    e.cmd = ['python3'] + e.cmd[1:]
    print('CalledProcessError:', e)
    print(e.returncode, e.cmd[1:], e.output, e.stderr)

r = subprocess.run([sys.executable, '-c', '1/0'], capture_output=True, text=True)
print(r.returncode)
print(r.stderr, end='')

print(subprocess.check_output([sys.executable, '-c', 'print(6 * 7)']))
print(subprocess.call([sys.executable, '-c', 'pass']), subprocess.check_call([sys.executable, '-c', 'pass']))
subprocess.run([sys.executable, '-c', 'print("straight to the console")'])
r = subprocess.run([sys.executable, '-c', 'print("gone")'], stdout=subprocess.DEVNULL)
print(r.stdout, subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
