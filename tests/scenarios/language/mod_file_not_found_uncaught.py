# Opening a file that does not exist in the working directory.
print('program start')
print('loading config')
with open('config.json') as f:
    print(f.read())
