# A menu loop driven by NAME.stdin, ending with "quit".
balance = 0
while True:
    cmd = input('> ').strip().lower()
    if cmd == 'quit':
        print('bye, balance', balance)
        break
    parts = cmd.split()
    if len(parts) != 2 or not parts[1].isdigit():
        print('bad command:', repr(cmd))
        continue
    action, amount = parts[0], int(parts[1])
    if action == 'add':
        balance += amount
    elif action == 'take':
        if amount > balance:
            print('insufficient:', balance)
            continue
        balance -= amount
    print('balance', balance)
