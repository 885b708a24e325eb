# Exceptions raised from dunder methods propagate cleanly through built-in operations.
class Boom:
    def __init__(self, where):
        self.where = where
    def _fail(self, *args):
        raise ValueError(f'boom in {self.where}')
class BadRepr(Boom):
    __repr__ = Boom._fail
class BadEq(Boom):
    __eq__ = Boom._fail
    __hash__ = object.__hash__
class BadHash(Boom):
    __hash__ = Boom._fail
class BadIter(Boom):
    __iter__ = Boom._fail
class BadLen(Boom):
    __len__ = Boom._fail
class BadStr(Boom):
    __str__ = Boom._fail
class BadBool(Boom):
    __bool__ = Boom._fail
class BadLt(Boom):
    __lt__ = Boom._fail
cases = [
    ('repr in list', lambda: repr([1, BadRepr('repr')])),
    ('print', lambda: print('x', BadStr('str'))),
    ('f-string', lambda: f'{BadStr("fstr")}'),
    ('list.index', lambda: [BadEq('eq')].index(5)),
    ('in list', lambda: 5 in [BadEq('contains')]),
    ('dict insert', lambda: {BadHash('hash'): 1}),
    ('set add', lambda: set().add(BadHash('sethash'))),
    ('list()', lambda: list(BadIter('iter'))),
    ('unpack', lambda: [a for a, b in [BadIter('unpack')]]),
    ('len', lambda: len(BadLen('len'))),
    ('if', lambda: 1 if BadBool('bool') else 0),
    ('not', lambda: not BadBool('not')),
    ('sorted', lambda: sorted([BadLt('lt'), BadLt('lt2')])),
    ('max', lambda: max(BadLt('max'), BadLt('max2'))),
    ('str.join', lambda: ', '.join(map(str, [1, BadStr('join')]))),
    ('dict key eq', lambda: {1: 'a'}[BadEq('dictkey')] if False else {BadEq('k1'): 1}.get(BadEq('k2'))),
]
for label, fn in cases:
    try:
        result = fn()
        print(label, 'no error', result)
    except ValueError as e:
        print(label, '->', e)
print('still running')
