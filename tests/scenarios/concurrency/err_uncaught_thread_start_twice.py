import threading

t = threading.Thread(target=print, args=('once',))
t.start()
t.join()
t.start()
