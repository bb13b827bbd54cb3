import threading


def load():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("配置加载失败") from e


t = threading.Thread(target=load)
t.start()
t.join()
print("done")
