# shell=True on a machine whose /bin/sh finds only Python and its own built-ins:
# a Python command line runs, echo and exit work, other commands are not found.
import subprocess

r = subprocess.run('python3 -c "print(6 * 7)"', shell=True, capture_output=True, text=True)
print(r)
print(subprocess.run('echo hello   world "a  b"', shell=True, capture_output=True, text=True))
print(subprocess.run(['echo hi'], shell=True, capture_output=True, text=True).stdout, end='')
print(subprocess.run('nosuchcmd arg', shell=True, capture_output=True, text=True))
print(subprocess.getoutput('python3 -c "print(1 + 1)"'), subprocess.getstatusoutput('exit 3'))
print(subprocess.call('false', shell=True), subprocess.call('true', shell=True))
subprocess.run("python3 -c 'import sys; print(sys.argv[1:])' one 'two words'", shell=True)
try:
    subprocess.check_output('no-such-thing', shell=True, stderr=subprocess.STDOUT)
except subprocess.CalledProcessError as e:
    print(e, e.output)
