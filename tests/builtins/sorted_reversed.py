# sorted, reversed, list.sort.
print(sorted([3, 1, 2]), sorted('cba'), sorted((2.5, -1, 0)))
print(sorted([3, 1, 2], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([(2, 'x'), (1, 'y'), (2, 'a')], key=lambda p: p[0]))
print(sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r))
lst = [5, 2, 8, 1]
print(lst.sort(), lst)
lst.sort(key=lambda v: -v)
print(lst)
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
class R:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(R())))
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print('TypeError', e)
print(sorted([], reverse=True), sorted([1]))
