import threading


class Downloader(threading.Thread):
    def __init__(self, url):
        super().__init__(name="dl")
        self.url = url

    def run(self):
        self.fetch()

    def fetch(self):
        raise ConnectionError(f"cannot reach {self.url}")


d = Downloader("http://example.com")
d.start()
d.join()
print("joined, alive:", d.is_alive())
