# itertools: every iterator type, their reprs, argument errors and edge cases.
from itertools import *
import itertools

def show(it, n=None):
    print(list(it) if n is None else list(islice(it, n)))

show(count(), 5)
show(count(10, 3), 4)
show(count(2.5, 0.5), 3)
show(count(-1, -2), 3)
c = count(5)
next(c)
print(repr(c), repr(count(1, 2)), repr(count(1.0)), repr(count(0, 1.0)))
show(count(2**62 - 2), 4)
show(cycle('abc'), 7)
show(cycle([]))
print(repr(repeat('x', 3)), repr(repeat(1)))
show(repeat('x', 3))
show(repeat(None, -1))
print(list(repeat(7, 2)), repeat(1, 5).__length_hint__())
show(accumulate([1, 2, 3, 4, 5]))
show(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b))
show(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max))
show(accumulate([1, 2, 3], initial=100))
show(accumulate([], initial=1))
show(accumulate([]))
show(chain('ab', [1, 2], (), range(3)))
show(chain.from_iterable(['xy', 'z', []]))
show(compress('ABCDEF', [1, 0, 1, 0, 1, 1]))
show(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8]))
show(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8]))
show(filterfalse(lambda x: x % 2, range(10)))
show(filterfalse(None, [0, 1, '', 'a', None, []]))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x)])
print([k for k, g in groupby('aabbcc')])
gb = groupby('aaabbb')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])])
show(islice('ABCDEFG', 2))
show(islice('ABCDEFG', 2, 4))
show(islice('ABCDEFG', 2, None))
show(islice('ABCDEFG', 0, None, 2))
show(islice(count(), 1, 10, 3))
show(islice('abc', None))
show(pairwise('ABCDE'))
show(pairwise('A'))
show(starmap(pow, [(2, 5), (3, 2), (10, 3)]))
show(starmap(lambda *a: sum(a), [[1, 2], [3, 4, 5]]))
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
t = tee('abc', 3)
print(len(t), [list(x) for x in t])
x, y = tee(iter(range(200)))
print(sum(x), sum(y))
print(tee([1], 0))
c1, = tee([1, 2], 1)
c2 = c1.__copy__()
print(list(c1), list(c2))
show(zip_longest('ABCD', 'xy', fillvalue='-'))
show(zip_longest([1, 2], [3], [4, 5, 6]))
show(zip_longest())
show(product('AB', 'xy'))
show(product(range(2), repeat=3))
show(product())
show(product('ab', []))
show(permutations('ABC', 2))
show(permutations(range(3)))
show(permutations('AB', 3))
show(permutations([], 0))
show(combinations('ABCD', 2))
show(combinations(range(4), 3))
show(combinations('AB', 3))
show(combinations('ABC', 0))
show(combinations_with_replacement('ABC', 2))
show(combinations_with_replacement('', 2))
show(combinations_with_replacement('', 0))
show(batched('ABCDEFG', 3))
show(batched(range(4), 2))
try:
    list(batched('ABCDE', 2, strict=True))
except ValueError as e:
    print('ValueError', e)
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))

class MyChain(chain):
    pass
print(list(MyChain([1], [2])), type(MyChain()).__name__)
print(itertools.chain.__name__, itertools.count.__module__, type(groupby('a')).__name__)

errors = [
    lambda: cycle(),
    lambda: cycle(1),
    lambda: repeat(),
    lambda: count('a'),
    lambda: islice('abc', -1),
    lambda: islice('abc', 'a'),
    lambda: islice('abc', 1, -2),
    lambda: islice('abc', 0, 2, 0),
    lambda: islice('abc'),
    lambda: permutations('abc', -1),
    lambda: combinations('abc'),
    lambda: combinations('abc', -1),
    lambda: batched('abc', 0),
    lambda: product('ab', repeat=-1),
    lambda: tee([], -1),
    lambda: list(starmap(pow, [1])),
    lambda: chain(1).__next__(),
    lambda: zip_longest([], foo=1),
    lambda: accumulate(),
    lambda: pairwise(),
]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
