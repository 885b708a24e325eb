# list methods.
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend('ab'); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'before last'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
print(l.index(2), l.count(1), [1, 1, 2].count(1), [1, 2, 3, 2].index(2, 2))
l = [3, 1, 2]
l.reverse(); print(l)
l.sort(); print(l)
c = l.copy(); c.append(9); print(l, c)
l.clear(); print(l)
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [].insert()):
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}), list({1: 2}.values()))
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0)
m = [1, 2]
m *= 2
print(m)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [1, [2]] == [1, [2]])
print(3 in [1, 2, 3], len([1, [2, 3]]), [1, 2, 3][-1])
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError', e)
