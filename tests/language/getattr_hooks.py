# __getattr__, __setattr__, __getattribute__ fallbacks.
class Dyn:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        return f'computed {name}'
d = Dyn()
print(d.real, d.anything, getattr(d, 'other'))
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.x = 1
print(l.x)
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f'no {name} here')
try:
    Strict().zzz
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(Strict(), 'zzz'), getattr(Strict(), 'zzz', 'dflt'))
class Counted:
    def __getattribute__(self, name):
        if name == 'magic':
            return 'from getattribute'
        return object.__getattribute__(self, name)
c = Counted()
c.y = 3
print(c.magic, c.y)
class Slots:
    def __delattr__(self, name):
        print('delattr', name)
s = Slots()
del s.whatever
