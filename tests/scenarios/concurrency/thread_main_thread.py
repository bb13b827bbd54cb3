import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
seen = {}


def look():
    seen['main'] = threading.main_thread() is main
    seen['current_is_main'] = threading.current_thread() is main


t = threading.Thread(target=look)
t.start()
t.join()
print(seen)
print(isinstance(threading.get_ident(), int), threading.get_ident() == main.ident)
print(threading.TIMEOUT_MAX > 1e6)
