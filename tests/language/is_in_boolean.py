# is, in, not in, and boolean short-circuit.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, (1 == 1) is True)
print(2 in a, 3 in a, 3 not in a)
print('ell' in 'hello', 'x' not in 'hello', '' in 'abc')
print(1 in {1: 'a'}, 'a' in {1: 'a'}, 2 in {1, 2}, 5 in range(10), 10 in range(10))
print(1 in (1.0,), 'a' in ('a', 'b'))
def side(label, value):
    print('eval', label)
    return value
print(side('A', 0) and side('B', 1))
print(side('A', 1) and side('B', 2))
print(side('A', 0) or side('B', 0))
print(side('A', 'x') or side('B', 'y'))
print(not side('A', []))
print(side('A', 1) and side('B', 0) or side('C', 3))
print([] or {} or 0 or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
class Contains:
    def __contains__(self, item):
        print('contains called with', item)
        return item == 'yes'
print('yes' in Contains(), 'no' in Contains())
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 4 in IterOnly())
