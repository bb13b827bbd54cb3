import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def download(name, secs):
    time.sleep(secs)
    return f"{name} 下载完成 ({secs}s)"


tasks = {"a.mp4": 0.3, "b.mp3": 0.1, "c.txt": 0.2}
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(download, n, s): n for n, s in tasks.items()}
    for f in as_completed(futs):
        print(futs[f], "->", f.result())
