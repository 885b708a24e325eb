# repr and str of core values.
vals = [None, True, False, 0, -12, 3.0, 1e100, 1.5e-7, 'text', "it's", 'a"b', "both'\"",
        b'bytes', [1, 'a'], (1,), (), (1, 2), {'k': [1]}, set(), {3}, frozenset(), frozenset({1}),
        range(3), slice(1, 2), slice(None), '\n\t\x00\x7f\x80\u200b', 'é日\U0001F600', float('inf'),
        float('-inf'), float('nan'), 10 ** 25, print, len, int, object, Ellipsis, ..., NotImplemented]
for v in vals:
    print(repr(v), '|', str(v))
class Plain:
    pass
r = repr(Plain())
print(r.startswith('<__main__.Plain object at 0x'), r.endswith('>'))
class WithRepr:
    def __repr__(self):
        return 'WithRepr()'
print(str(WithRepr()), [WithRepr()], f'{WithRepr()}')
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
nested = [1]
nested.append(nested)
print(nested)
d = {}
d['self'] = d
print(d)
print(str(), str(123), str(b'x'), str('s'))
print(repr(repr('x')))
