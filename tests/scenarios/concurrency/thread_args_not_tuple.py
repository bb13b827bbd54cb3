import threading


def greet(name):
    print("hi", name)


t = threading.Thread(target=greet, args=("bob"))
t.start()
t.join()
t = threading.Thread(target=greet, args=(7))
t.start()
t.join()
print("end")
