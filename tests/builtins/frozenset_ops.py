# frozenset.
f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, frozenset(), frozenset('aa') == frozenset({'a'}))
print(f | {4}, f & {1, 9}, f - {1}, type(f | {4}).__name__, type({4} | f).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f.issubset(range(5)), f.union([5]))
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})})
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', e)
print(hash(f) == hash(frozenset([1, 2, 3])), frozenset(f) is f or True)
print(sorted(frozenset({'x', 'y'})), repr(frozenset({1, 2})))
