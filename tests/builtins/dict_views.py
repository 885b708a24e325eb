# dict views.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(i & {('b', 2)}))
del d['b']
print(list(k), list(v), list(i))
print(list(zip(d.keys(), d.values())))
print(d.keys() == {'a', 'c'}, list(map(str, d.values())))
e = {}
print(list(e.items()), len(e.values()))
