# Dict keys of mixed types; equal numbers are the same key; hash collisions (-1, -2).
d = {}
d[1] = 'int'
d[1.0] = 'float replaces value, keeps key'
d[True] = 'bool too'
print(d)
d2 = {-1: 'minus one', -2: 'minus two'}
print(d2[-1], d2[-2], hash(-1) == hash(-2), len(d2))
d3 = {(1, 'a'): 1, frozenset([1]): 2, None: 3, 'str': 4, 2.5: 5, b'b': 6}
print(d3)
print(d3[(1, 'a')], d3[frozenset({1})], d3[None], d3[2.5], d3[b'b'])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f'Key({self.v})'
dk = {Key(1): 'a', Key(2): 'b', Key(1): 'c'}
print(dk, len(dk))
big = {i: i for i in range(10000)}
for i in range(0, 10000, 2):
    del big[i]
print(len(big), list(big)[:5], big[9999])
order = {}
for k in 'zyxabc':
    order[k] = ord(k)
del order['x']
order['x'] = 0
print(list(order))
nan = float('nan')
dn = {nan: 1}
print(dn[nan], len({float('nan'): 1, float('nan'): 2}))
