# Only Python is installed on this machine: any other program is not found,
# with CPython's FileNotFoundError and traceback.
import subprocess

print(subprocess.run(['python3', '-c', 'print("python is here")']).returncode)
subprocess.run(["no-such-program", "--version"])
