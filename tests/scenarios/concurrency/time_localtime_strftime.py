import time

now = time.strftime("%Y-%m-%d %H:%M:%S")
print(len(now), now[4], now[13])
print(time.localtime().tm_year > 2000)
print(len(time.ctime()) == 24)
print(time.strftime("%Y-%m-%d", time.gmtime(0)))
