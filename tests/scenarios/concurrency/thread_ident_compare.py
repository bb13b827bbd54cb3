import threading

idents = {}


def rec(key):
    idents[key] = (threading.get_ident(), threading.current_thread().ident)


main_ident = threading.get_ident()
t = threading.Thread(target=rec, args=("t",))
print(t.ident is None, t.native_id is None)
t.start()
t.join()
print(idents["t"][0] == idents["t"][1] == t.ident)
print(t.ident != main_ident, main_ident == threading.main_thread().ident)
print(type(t.native_id).__name__, threading.get_native_id() == threading.main_thread().native_id)
