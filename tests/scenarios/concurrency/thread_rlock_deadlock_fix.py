import threading
import time

mutexA = mutexB = threading.RLock()


class MyThread(threading.Thread):
    def run(self):
        self.f1()
        self.f2()

    def f1(self):
        mutexA.acquire()
        print(f"{self.name} 拿到A锁")
        mutexB.acquire()
        print(f"{self.name} 拿到B锁")
        mutexB.release()
        mutexA.release()

    def f2(self):
        mutexB.acquire()
        print(f"{self.name} 拿到B锁")
        time.sleep(0.05)
        mutexA.acquire()
        print(f"{self.name} 拿到A锁")
        mutexA.release()
        mutexB.release()


for i in range(3):
    t = MyThread()
    t.start()
    t.join()
print("done")
