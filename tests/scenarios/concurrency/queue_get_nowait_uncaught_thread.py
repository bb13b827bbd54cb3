import queue
import threading

q = queue.Queue()


def consumer():
    item = q.get_nowait()
    print(item)


t = threading.Thread(target=consumer, name="消费者")
t.start()
t.join()
print("main done")
