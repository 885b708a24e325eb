# dict methods and insertion order.
d = {'b': 1, 'a': 2}
d['c'] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d['b'] = 10
print(d)
del d['b']
d['b'] = 20
print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 0), 'a' in d, 'zz' not in d, len(d))
print(d.pop('a'), d.pop('zz', 'dflt'), d)
print(d.setdefault('new', []), d.setdefault('c', 'ignored'), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print(d.popitem(), d)
c = d.copy(); c['only_copy'] = 1
print('only_copy' in d, len(c))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
d.clear(); print(d)
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', 'cd')))
for call in (lambda: {}['missing'], lambda: {}.pop('x'), lambda: {}.popitem(), lambda: dict([1, 2]), lambda: {[]: 1}):
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print({1: 'a', 1.0: 'b', True: 'c'}, {(1, 2): 'tuple'}, {None: 0})
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
m = {'a': 1}
m |= {'c': 3}
print(m)
keys = d.keys()
d['late'] = 1
print(keys, len(keys), 'late' in keys)
print(list(reversed({'x': 1, 'y': 2})), sorted({'q': 1, 'p': 2}.items()))
try:
    for k in (dd := {'a': 1, 'b': 2}):
        dd['c'] = 3
except RuntimeError as e:
    print('RuntimeError', e)
print({k: v for k, v in [('a', 1), ('a', 2)]})
