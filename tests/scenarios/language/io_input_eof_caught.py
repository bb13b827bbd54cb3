answers = []
for prompt in ['first: ', 'second: ']:
    try:
        answers.append(input(prompt))
    except EOFError as e:
        print()
        print('EOFError:', repr(e), str(e))
        answers.append(None)
print(answers)
