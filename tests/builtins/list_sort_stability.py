# list.sort is stable; key functions; errors from keys and comparisons.
records = [('bob', 25), ('amy', 30), ('cat', 25), ('dan', 30), ('eve', 20)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len)
print(words)
def bad_key(x):
    if x == 3:
        raise ValueError('key failed on 3')
    return x
try:
    sorted([1, 3, 2], key=bad_key)
except ValueError as e:
    print('ValueError', e)
mixed = [3, 1.5, True, 2]
print(sorted(mixed))
try:
    [1, None].sort()
except TypeError as e:
    print('TypeError', e)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted(['b', 'A', 'a', 'B']))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:])
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'K({self.v})'
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
