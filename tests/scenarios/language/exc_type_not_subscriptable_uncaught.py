def get_config():
    config = {'debug': True}
    config.update({'level': 3})
data = get_config()
print(data)
print(data['level'])
