db = {
    'users': [
        {'id': 1, 'name': 'Ann', 'roles': ['admin', 'dev']},
        {'id': 2, 'name': 'Ben', 'roles': []},
    ],
    'settings': {'theme': 'dark', 'limits': {'cpu': 4, 'mem': [1, 2]}},
}
print(db['users'][0]['roles'][1], db['settings']['limits']['mem'][-1])
db['users'][1]['roles'].append('qa')
db['settings']['limits']['cpu'] += 1
print(db['users'][1], db['settings']['limits'])
for u in db['users']:
    print(f"{u['id']}: {u['name']} -> {', '.join(u['roles']) or '(none)'}")
print([u['name'] for u in db['users'] if 'qa' in u['roles']])
print(len(db), len(db['users']), sum(len(u['roles']) for u in db['users']))
print(db.get('missing', {}).get('deeper', 'n/a'))
