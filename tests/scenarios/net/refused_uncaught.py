# The client runs alone: the traceback shows only the program's own line.
from socket import *

client = socket(AF_INET, SOCK_STREAM)
print('connecting')
client.connect(('127.0.0.1', 50104))
print('never printed')
