# `from socket import *` brings the constants and classes students use.
from socket import *
import socket as socket_module

print(AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR, SHUT_RD, SHUT_WR, SHUT_RDWR)
print(error is OSError, timeout is TimeoutError, issubclass(gaierror, OSError))
print(socket_module.socket is socket, type(gethostname()).__name__)
print(gethostbyname('localhost'))
s = socket(AF_INET, SOCK_STREAM)
print(type(s).__name__, s.gettimeout())
try:
    s.bind('127.0.0.1')
except TypeError as e:
    print(e)
try:
    s.bind(('127.0.0.1', 70000))
except OverflowError as e:
    print(e)
s.close()
