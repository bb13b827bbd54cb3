import threading

t = threading.Thread(target=print, name='old')
print(t.getName())
t.setName('new')
print(t.name)
