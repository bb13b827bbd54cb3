import threading


class TicketError(Exception):
    def __init__(self, seat):
        super().__init__(f"座位 {seat} 已售出")


def buy(seat):
    raise TicketError(seat)


t = threading.Thread(target=buy, args=("A1",), name="售票员")
t.start()
t.join()
t2 = threading.Thread(target=buy, args=("B2",))
t2.start()
t2.join()
print("主线程继续", t.is_alive())
