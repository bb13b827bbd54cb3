import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
print(threading.TIMEOUT_MAX > 1000)
