def find_user(users, name):
    for u in users:
        if u['name'] == name:
            return u
users = [{'name': 'ann', 'email': 'ann@example.com'}]
print(find_user(users, 'ann')['email'].upper())
result = find_user(users, 'bob')
print(result)
print(result.get('email'))
