# Helper module for import tests (not a test itself).
print('helper: executing module body')
VALUE = 42
_private = 'hidden'
def greet(name):
    return f'hello {name} from {__name__}'
class Thing:
    pass
