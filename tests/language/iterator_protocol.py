# User-defined iterators and the iteration protocol.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
for n in Countdown(2):
    print('n', n)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r))
a, b, c = Countdown(3)
print(a, b, c)
print(sorted(Countdown(4)), max(Countdown(5)), tuple(Countdown(2)))
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
it = iter(Countdown(1))
print(iter(it) is it)
