# with statement: enter/exit order, multiple items, suppression, exceptions.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('x') as x, CM('y') as y:
    print('body', x, y)
with (CM('p') as p,
      CM('q') as q):
    print('parenthesised', p, q)
with CM('s', suppress=True):
    raise ValueError('suppressed')
print('after suppression')
try:
    with CM('n'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
with CM('outer', suppress=True), CM('inner'):
    1 / 0
print('end')
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print('TypeError', e)
