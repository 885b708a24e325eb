# operator: functions, in-place forms, dunder aliases, itemgetter/attrgetter/methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5),
      operator.abs(-3), operator.invert(5), operator.inv(0), operator.lshift(1, 4), operator.rshift(256, 2),
      operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.index(7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2),
      operator.ge(3, 2), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'), operator.getitem([1, 2, 3], 1), operator.getitem('hello', slice(1, 3)))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.__add__(1, 2), operator.__getitem__('ab', 0), operator.__not__(1), operator.__lt__(1, 2))
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iadd(1, 2), operator.isub(5, 1), operator.imul([0], 2), operator.iconcat([1], (2,)),
      operator.ior({1}, {2}), operator.ipow(2, 3), operator.ifloordiv(9, 2), operator.itruediv(1, 4))
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True))

ig = itemgetter(1)
ig2 = itemgetter(0, 2)
print(ig([5, 6, 7]), ig2('abc'), ig({1: 'one'}), repr(ig), repr(ig2), repr(itemgetter('k')))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), max(data, key=itemgetter(1)))

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.me = self
    def dist(self, k=1, *, scale=1):
        return (self.x + self.y) * k * scale
ag = attrgetter('x')
ag2 = attrgetter('x', 'me.y')
print(ag(P(1, 2)), ag2(P(3, 4)), repr(ag), repr(ag2))
mc = methodcaller('dist')
mc2 = methodcaller('dist', 2, scale=10)
print(mc(P(1, 2)), mc2(P(1, 2)), repr(mc), repr(mc2), methodcaller('upper')('abc'))
print(type(ig).__name__, type(ag).__module__)

for bad in [lambda: operator.add(1), lambda: operator.add(1, 'a'), lambda: operator.concat(1, 2),
            lambda: operator.indexOf([1], 2), lambda: itemgetter(), lambda: attrgetter(1),
            lambda: methodcaller(), lambda: methodcaller(1), lambda: ig([]), lambda: ag(1),
            lambda: ig(1, 2), lambda: operator.length_hint([], 'a'), lambda: operator.index(1.5),
            lambda: operator.lt(1, 'a'), lambda: operator.neg('a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
