# Reads from NAME.stdin: prompts go to stdout, the typed text is not echoed.
name = input('Your name: ')
print(f'Hello, {name}!')
age = int(input('Age: '))
print('Next year you will be', age + 1)
nums = [int(x) for x in input('Numbers: ').split()]
print('sum =', sum(nums), 'max =', max(nums))
line = input()
print(repr(line))
city = input('城市: ').strip()
print(f'{city} 欢迎你')
try:
    input('one more: ')
except EOFError:
    print()
    print('no more input')
