# raise ... from ...: the last line is the outer exception.
def load():
    try:
        {}['config']
    except KeyError as e:
        raise RuntimeError('could not load config') from e
load()
