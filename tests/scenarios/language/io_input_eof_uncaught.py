# stdin is empty, so input() raises EOFError after printing its prompt.
print('program start')
print('Welcome to the quiz')
name = input('Your name: ')
print('Hello', name)
