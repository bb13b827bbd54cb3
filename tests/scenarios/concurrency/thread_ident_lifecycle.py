import threading

t = threading.Thread(target=lambda: None)
print("before start:", t.ident, t.native_id, t.is_alive())
t.start()
t.join()
print("after join:", isinstance(t.ident, int), t.is_alive())
