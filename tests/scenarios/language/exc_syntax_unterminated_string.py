# String literal missing its closing quote.
print('this line never runs: the file does not compile')
print('start')
message = "hello world
print(message)
