# min, max, sum.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'))
print(min([], default='empty'), max((), default=None))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len))
print(max([1, 3, 3], key=lambda x: 0), min([(1, 'b'), (1, 'a')]))
print(max(1, 2.5), min(-1, -1.0), max(True, 2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(sum(range(1000000)), sum([]), sum((1.5, 2.5)))
print(sum([10 ** 20, 10 ** 20]))
for call in (lambda: min([]), lambda: max(), lambda: min(1), lambda: sum(['a', 'b'], ''),
             lambda: sum([1, 'a']), lambda: max([1, 'x'])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(min(x for x in [5, 3, 9]), max(range(4), default=9))
print(sum(start=5, iterable=[1]) if False else sum([1], start=5))
