# A second server on a port in use: CPython's traceback through socketserver's
# __init__ and server_bind.
import socketserver
first = socketserver.TCPServer(('localhost', 50321), socketserver.BaseRequestHandler)
second = socketserver.TCPServer(('localhost', 50321), socketserver.BaseRequestHandler)
