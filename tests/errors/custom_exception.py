# Uncaught user-defined exception.
class ConfigError(Exception):
    pass
raise ConfigError('bad setting: 42')
