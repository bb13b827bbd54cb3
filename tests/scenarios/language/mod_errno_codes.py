# errno's codes and errorcode, as programs use them to tell one OSError from
# another; os.strerror's messages.
import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE, errno.ECONNREFUSED)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[111], len(errno.errorcode))
try:
    open('missing.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno) if hasattr(os, 'strerror') else '')

for code in (errno.EACCES, errno.EINTR, errno.ECHILD, errno.EADDRINUSE, errno.ETIMEDOUT):
    print(code, errno.errorcode[code], os.strerror(code))
