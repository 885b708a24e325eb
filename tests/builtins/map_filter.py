# map and filter.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(abs, (-1, -2, 3))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(int, '123')
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2c3')
print(type(f).__name__, ''.join(f))
print(sum(map(len, ['ab', 'cde'])))
try:
    map(5, [1])
    print('map is lazy')
    list(map(5, [1]))
except TypeError as e:
    print('TypeError', e)
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
