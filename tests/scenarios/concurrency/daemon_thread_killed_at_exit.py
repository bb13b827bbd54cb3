import threading
import time


def slow():
    time.sleep(1.5)
    print("daemon thread finished (never printed)")


t = threading.Thread(target=slow, daemon=True)
t.start()
print("daemon:", t.daemon, "alive:", t.is_alive())
print("main exits")
