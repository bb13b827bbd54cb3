import threading


class Job(threading.Thread):
    def run(self):
        raise LookupError("no such job")


j = Job(name='job-7')
j.start()
j.join()
print("alive:", j.is_alive())
