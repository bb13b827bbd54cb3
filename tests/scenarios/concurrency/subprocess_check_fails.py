# check=True turns a child's non-zero exit status into CalledProcessError,
# raised in the parent after the child's own traceback was printed.
import subprocess

subprocess.run(['python3', '-c', 'import sys; print("checking"); sys.exit(4)'], check=True)
