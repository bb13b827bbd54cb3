# seed: 000_66d9f19f449e11a4.txt, 守护进程
# interleave: schedule-dependent
"""
被守护进程结束之后，守护进程立刻也跟着结束（陪葬）
"""
from multiprocessing import Process
import time

def func(name):
    print(f'{name}正在活着')
    time.sleep(3)
    print(f'{name}正在死亡')

if __name__ == '__main__':
    p = Process(target=func, args=('子进程',))
    p.daemon = True  # 将进程P设置成守护进程 这一句一定要放在start方法上面才能有效否则会直接报错
    p.start()
    print('主进程死亡')
