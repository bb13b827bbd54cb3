# The machine's local time zone is UTC; process_time and thread_time count CPU
# time only, so sleeping adds nothing to them while the wall clock moves on.
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
now = time.localtime()
print(type(now).__name__, now.tm_zone, now.tm_gmtoff, now.tm_isdst)
print(time.gmtime().tm_zone)
print(len(time.ctime()), len(time.asctime()), time.ctime()[3], time.asctime()[7])
print(time.strftime('%Z %z'))

cpu0, thread0, wall0 = time.process_time(), time.thread_time(), time.time()
time.sleep(0.5)
slept_cpu = time.process_time() - cpu0
print('sleeping used under 0.1s of CPU:', slept_cpu < 0.1)
print('the wall clock moved on:', time.time() - wall0 >= 0.5)

total = 0
for i in range(300_000):
    total += i * i
busy = time.process_time() - cpu0
print('counting used CPU time:', busy > 0.0, total)
print('thread time moves too:', time.thread_time() > thread0)
print(isinstance(time.process_time_ns(), int), isinstance(time.thread_time_ns(), int))
for call in (lambda: time.process_time(1), lambda: time.time(1)):
    try:
        call()
    except TypeError as e:
        print(e)
