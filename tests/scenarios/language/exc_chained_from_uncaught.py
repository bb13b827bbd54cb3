class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f'missing setting {key!r}') from e
settings = {'host': 'localhost'}
print(load(settings, 'host'))
print(load(settings, 'port'))
