# seed: 000_66d9f19f449e11a4.txt, 进程对象和其他方法 (as written: target=函数名)
# interleave: schedule-dependent
"""
一台计算机上面运行着很多进程，那么计算机是如何区分并管理这些进程服务端的呢？
计算机会给每一个运行的进程分配一个PID号
如何查看
    windows电脑：进入cmd输入tasklist即可查看，tasklist|findstr PID号查看具体进程
        mac电脑：进入终端之后输入pa aux，pa aux|grep PID号查看具体的进程
"""
from multiprocessing import Process, current_process
print(current_process().pid)  # 查看当前进程的进程号

import os
os.getpid()  # 查看当前进程进程号
os.getppid()  # 查看当前进程的父进程进程号


p = Process(target=函数名)
p.terminate()  # 杀死当前进程
# 是操作系统帮你去杀死当前进程，但是需要一定的时间，而代码的运行速度极快
time.sleep(0.1)
print(p.is_alive())  # 判断当前进程是否存活
