def task():
    print('子任务运行, __name__ =', __name__)
print('模块级代码, __name__ =', __name__)
if __name__ == '__main__':
    task()
    print('主')
print(__name__ == '__main__', type(__builtins__).__name__ in ('module', 'dict'))
