# set and frozenset (printed sorted or with small ints only).
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); s.remove(3); print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(sorted(a.union([7], (8,))), a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2} > {1}, {1, 2} == {2, 1})
c = a.copy(); c.update([9], {10}); print(sorted(c))
c.intersection_update({1, 9, 10}); print(sorted(c))
c.difference_update({9}); print(sorted(c))
c.symmetric_difference_update({1, 2}); print(sorted(c))
x = {1, 2}
x |= {3}; x &= {2, 3}; x -= {2}; x ^= {7}; print(x)
p = {5}
print(p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
print(set(), set([1, 1, 2]), set('aab') == {'a', 'b'}, set(range(5)))
print(sorted({'banana', 'apple', 'cherry'}), sorted(set('hello')))
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
s2 = {1, 2}
s2.clear(); print(s2)
print({0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0}, {1, 1.0, True})
