# SystemExit with an object whose __str__ waits for a lock a thread holds
import threading, time, sys
lock = threading.Lock()
class Code:
    def __str__(self):
        with lock:
            return "bye"
def holder():
    with lock:
        time.sleep(0.2)
        print("holder done")
threading.Thread(target=holder).start()
time.sleep(0.05)
sys.exit(Code())
