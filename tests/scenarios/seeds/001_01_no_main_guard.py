# seed: 001_5936a0b074e251a5.txt, 创建实例, first block (#在windows上会有问题)
#在windows上会有问题
from multiprocessing import Process
print('main process start')
def run():
    pass
p=Process(target=run)#recursive
p.start()
if __name__=='__main__':
	pass
