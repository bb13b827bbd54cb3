# seed: 002_435922a17c6fe3ef.txt, 八、守护线程, 案例一
from threading import Thread
import time

def sayhi(name):
    time.sleep(2)
    print("%s say hello" % name)

if __name__ == '__main__':
    t = Thread(target=sayhi, args=('egon',))

    # 守护线程必须在t.start()前设置
    # 守护线程设置方式一：
    t.daemon=True
    # 守护线程设置方式二：
    # t.setDaemon(True)

    t.start()   # 立马创建子线程，但需要等待两秒，因此程序会先执行下面的代码

    print("主线程")
    print(t.is_alive())
# 这一行代码执行完后，主线程执行完毕，由于主线程之外，只有一个守护线程，主线程不需要等守护线程执行结束，因此主线程和守护进程终止，进程结束。
"""
主线程
True
"""
