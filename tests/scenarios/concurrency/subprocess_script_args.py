# A script among the program's files run as a child process with arguments,
# the way a program hands work to another Python program; its traceback goes
# to the parent's stderr unless captured.
import subprocess
import sys

result = subprocess.run([sys.executable, 'worker.py', '3', '4', '5'], capture_output=True, text=True)
print(result.returncode, result.stdout, end='')

subprocess.run(['python3', 'worker.py', '7'])

failed = subprocess.run(['python3', 'worker.py'], capture_output=True, text=True)
print('exit code', failed.returncode)
print(failed.stderr.splitlines()[-1])
print(len(failed.stderr.splitlines()), 'lines of traceback')

code = subprocess.call(['python3', 'worker.py'])
print('call returned', code)
