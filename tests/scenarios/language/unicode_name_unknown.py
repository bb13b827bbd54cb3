# \N{...} with a name CPython 3.11 does not know: its SyntaxError counts bytes
# of the re-escaped body (a non-ASCII character is ten) and points at the string's end.
print('before')
s = 'é and \N{NO SUCH CHARACTER NAME} after'
