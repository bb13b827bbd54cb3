# Triple-quoted string that is never closed.
print('this line never runs: the file does not compile')
print('ok')
text = """this string
never ends
print(text)
